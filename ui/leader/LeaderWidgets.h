#pragma once

class QLabel;
class QString;
class QTableView;

namespace forlop::leaderui {

// The small pieces the unit leader's pages share, so they look alike.
[[nodiscard]] QLabel* heading(const QString& text);
[[nodiscard]] QLabel* errorLabel(const QString& objectName);
// A read-only table of rows chosen one at a time, without the row numbers.
[[nodiscard]] QTableView* tableView(const QString& objectName);

} // namespace forlop::leaderui
