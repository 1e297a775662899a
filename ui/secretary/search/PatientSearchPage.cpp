#include "secretary/search/PatientSearchPage.h"

#include "clinic/Clinic.h"
#include "pathway/PatientSearch.h"
#include "scheduling/Clinicians.h"
#include "secretary/booking/SlotBookingDialog.h"
#include "secretary/search/PatientSearchModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

namespace {

// The appointment a patient most likely needs next, from where they are on the pathway.
AppointmentType likelyType(PatientState state)
{
    switch (state) {
    case PatientState::Enquiry:
    case PatientState::Referred:
        return AppointmentType::FirstContact;
    case PatientState::Waiting:
    case PatientState::Eligibility:
        return AppointmentType::EligibilityAssessment;
    case PatientState::Included:
    case PatientState::Assessment:
        return AppointmentType::Assessment;
    case PatientState::Ended:
    case PatientState::FollowUp:
        return AppointmentType::FollowUp;
    default:
        return AppointmentType::TreatmentSession;
    }
}

} // namespace

PatientSearchPage::PatientSearchPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("patientSearchPage"));
    auto* title = new QLabel(tr("Find patient"));
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    title->setFont(heading);

    m_query = new QLineEdit;
    m_query->setObjectName(QStringLiteral("patientSearchEdit"));
    m_query->setPlaceholderText(tr("Reference (P-2026-…), name, phone or national ID"));
    m_query->setMaxLength(PatientSearch::MaxQueryLength);
    m_query->setClearButtonEnabled(true);
    auto* searchButton = new QPushButton(tr("&Search"));
    searchButton->setObjectName(QStringLiteral("patientSearchButton"));

    m_model = new PatientSearchModel([this](const QString& text, int limit,
                                            int offset) { return PatientSearch::find(m_clinic, text, limit, offset); },
                                     this);
    QHash<std::int64_t, QString> names;
    if (auto clinicians = Clinicians::active(clinic.db())) {
        for (const User& user : std::as_const(*clinicians)) {
            names.insert(user.id, Clinicians::displayName(user));
        }
    }
    m_model->setClinicianNames(names);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("patientSearchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);

    m_status = new QLabel(tr("Type at least part of a reference, name, phone number or national ID and press "
                             "Enter."));
    m_status->setObjectName(QStringLiteral("patientSearchStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_book = new QPushButton(tr("&Book appointment…"));
    m_book->setObjectName(QStringLiteral("bookPatientButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(searchButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_book);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_query, &QLineEdit::returnPressed, this, &PatientSearchPage::runSearch);
    connect(searchButton, &QPushButton::clicked, this, &PatientSearchPage::runSearch);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid()) {
            book(m_table->currentIndex().row());
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { book(index.row()); });
    updateState();
}

void PatientSearchPage::search(const QString& text)
{
    m_query->setText(text);
    runSearch();
}

void PatientSearchPage::runSearch()
{
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    m_model->search(text);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateState();
}

void PatientSearchPage::updateState()
{
    m_book->setEnabled(m_model->rowCount() > 0);
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
    } else if (!m_model->text().isEmpty()) {
        m_status->setText(
            m_model->rowCount() == 0 ? tr("Nobody found. Check the spelling, or search by reference or phone number.")
            : m_model->canFetchMore({}) ? tr("The first %n found; scroll for more.", nullptr, m_model->rowCount())
                                        : tr("%n found.", nullptr, m_model->rowCount()));
    }
}

QWidget* PatientSearchPage::book(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return nullptr;
    }
    const PatientSearchHit hit = m_model->hit(row);
    SlotSearch search;
    search.type = likelyType(hit.state);
    if (hit.clinicianId) {
        search.clinicianIds = {*hit.clinicianId};
    }
    auto* dialog = new SlotBookingDialog(m_clinic, hit.patientId, hit.displayName(), search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace forlop
