#include "leader/FidelityPatientsDialog.h"

#include "clinician/PatientRecordPage.h"
#include "leader/FidelityPatientsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

FidelityPatientsDialog::FidelityPatientsDialog(Clinic& clinic, const QString& figure,
                                               const QList<std::int64_t>& patients,
                                               QHash<std::int64_t, QString> staffNames, QWidget* parent)
    : QDialog(parent), m_origin(parent)
{
    setObjectName(QStringLiteral("fidelityPatientsDialog"));
    setWindowTitle(tr("Patients behind the figure"));
    auto* heading = new QLabel(figure);
    heading->setObjectName(QStringLiteral("fidelityPatientsHeading"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* count = new QLabel(tr("%n patient(s). Open one to see the record; opening it is recorded in the "
                                "patient's access log.",
                                nullptr, int(patients.size())));
    count->setWordWrap(true);

    m_model = new FidelityPatientsModel(clinic, std::move(staffNames), this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("fidelityPatientsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("fidelityPatientsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);
    connect(m_model, &FidelityPatientsModel::errorOccurred, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });

    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("Open record"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_open->setObjectName(QStringLiteral("fidelityOpenRecordButton"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            openRow(current.row());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(count);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 420);

    m_model->setPatients(patients);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FidelityPatientsDialog::updateButtons);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    updateButtons();
}

void FidelityPatientsDialog::updateButtons()
{
    m_open->setEnabled(m_view->currentIndex().isValid());
}

void FidelityPatientsDialog::openRow(int row)
{
    const std::int64_t patientId = m_model->patientId(row);
    if (patientId == 0) {
        return;
    }
    PatientRecordPage* page = PatientRecordPage::showIn(m_origin);
    if (!page) {
        m_error->setText(tr("The patient record cannot be opened from here."));
        m_error->setVisible(true);
        return;
    }
    accept();
    page->openPatient(patientId);
}

} // namespace forlop
