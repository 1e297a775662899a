#include "HelpText.h"

#include "ProgramName.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace forlop::admin {

namespace {

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

constexpr qsizetype LineWidth = 79;

// Breaks text into lines of at most `width` characters at spaces (a longer word stays whole).
QStringList wrapped(const QString& text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines;
}

// Two columns: the left one padded to the widest entry, the right one wrapped with a hanging indent.
QString table(const QList<QPair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    const qsizetype indent = 2 + width + 2;
    QString text;
    for (const auto& row : rows) {
        const QStringList lines = wrapped(row.second, std::max<qsizetype>(LineWidth - indent, 30));
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + lines.constFirst() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            text += QString(indent, QLatin1Char(' ')) + lines[i] + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace

QCommandLineOption HelpText::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QString HelpText::optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names()) {
        names << dashed(name);
    }
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        syntax += QLatin1Char(' ') + option.valueName();
    }
    return syntax;
}

QString HelpText::usageLine(const Command& command)
{
    QStringList parts{programName(), command.name()};
    for (const Argument& argument : command.arguments()) {
        parts << (argument.required ? argument.name : QStringLiteral("[%1]").arg(argument.name));
    }
    bool anyOptional = false;
    for (const Option& option : command.options()) {
        if (option.required) {
            const QCommandLineOption& o = option.option;
            parts << dashed(o.names().constLast()) +
                         (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName());
        } else {
            anyOptional = true;
        }
    }
    if (anyOptional) {
        //: Placeholder in a usage line for the optional options
        parts << tr("[OPTIONS]");
    }
    return parts.join(QLatin1Char(' '));
}

QString HelpText::shortUsage()
{
    return tr("Usage: %1 COMMAND ARGUMENTS [OPTIONS]\n"
              "Run \"%1 --help\" for the list of commands.")
        .arg(programName());
}

QString HelpText::general(const std::vector<std::unique_ptr<Command>>& commands)
{
    QList<QPair<QString, QString>> list;
    for (const auto& command : commands) {
        list.append({command->name(), command->summary()});
    }
    const QList<QPair<QString, QString>> exitCodes{
        {QStringLiteral("0"), tr("success")},
        {QStringLiteral("1"), tr("the operation failed (the reason is printed on standard error)")},
        {QStringLiteral("2"), tr("usage error: unknown command or option, or a missing argument or input line")},
        {QStringLiteral("3"), tr("authentication failed: wrong user name or password")},
        {QStringLiteral("4"), tr("the file is damaged or is not a Forløp database")},
    };
    QString text;
    text += tr("Usage: %1 COMMAND ARGUMENTS [OPTIONS]\n"
               "       %1 COMMAND --help\n"
               "       %1 --version")
                .arg(programName());
    text += QStringLiteral("\n\n");
    text += tr("Administers a Forløp clinic database from the command line.");
    text += QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    text += table(list);
    text += QLatin1Char('\n');
    text += tr("Commands that open a clinic take the form\n"
               "  %1 COMMAND DB --user USER --password-stdin [OPTIONS]\n"
               "and read your password from the first line of standard input; further lines hold any other\n"
               "passwords the command needs. Passwords are never given as arguments.")
                .arg(programName());
    text += QStringLiteral("\n\n");
    text += tr("Exit codes:") + QLatin1Char('\n');
    text += table(exitCodes);
    return text;
}

QString HelpText::forCommand(const Command& command)
{
    QString text = tr("Usage: %1").arg(usageLine(command));
    text += QStringLiteral("\n\n") + command.summary() + QLatin1Char('\n');

    const QList<Argument> arguments = command.arguments();
    QList<Option> options = command.options();
    options.append(Option{helpOption(), false});
    const QStringList input = command.inputLines();

    QList<QPair<QString, QString>> rows;
    for (const Argument& argument : arguments) {
        rows.append({argument.name, argument.description});
    }
    for (const Option& option : options) {
        rows.append({optionSyntax(option.option), option.option.description()});
    }
    for (qsizetype i = 0; i < input.size(); ++i) {
        //: A line of standard input in the help's table; %1 is its number
        rows.append({tr("line %1").arg(i + 1), input[i]});
    }
    // Padded to one width, so the three parts line up as one table.
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    for (auto& row : rows) {
        row.first = row.first.leftJustified(width);
    }
    qsizetype at = 0;
    auto section = [&](const QString& heading, qsizetype count) {
        if (count == 0) {
            return;
        }
        text += QLatin1Char('\n') + heading + QLatin1Char('\n') + table(rows.mid(at, count));
        at += count;
    };
    section(tr("Arguments:"), arguments.size());
    section(tr("Options:"), options.size());
    section(tr("Standard input:"), input.size());
    return text;
}

} // namespace forlop::admin
