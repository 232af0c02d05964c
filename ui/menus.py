"""The main window's menu bar: every menu command, its shortcut, and the slot it runs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

# lupdate reads translate("Context", "text"); the menus keep the main window's context,
# where they were written first, and so their translations.
translate = QCoreApplication.translate


def build_menus(window) -> None:
    """Fill `window`'s menu bar; the actions other code reaches are set on the window
    (new_action, save_action, undo_action, delete_action, restore_action, ...)."""
    bar = window.menuBar()

    def action(menu, text, slot, shortcut=None, name=None, fallback=None):
        act = QAction(text, window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms bind nothing to Quit or Preferences; keep a familiar key.
            keys = QKeySequence.keyBindings(shortcut)
            act.setShortcuts(keys or [QKeySequence(fallback)] if fallback else keys)
        elif shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        if name:
            setattr(window, name, act)
        return act

    std = QKeySequence.StandardKey
    file = bar.addMenu(translate("MainWindow", "&File"))
    action(file, translate("MainWindow", "&New case…"), window.new_case, std.New, "new_action")
    file.addSeparator()
    action(file, translate("MainWindow", "&Import…"), window.import_cases)
    action(file, translate("MainWindow", "&Export…"), window.export_cases)
    action(file, translate("MainWindow", "Export &shown cases…"),
           window.export_shown, "Ctrl+Shift+E",
           "export_shown_action")
    action(file, translate("MainWindow", "Case s&heet PDF…"), window.save_case_sheet, None,
           "case_sheet_action")
    file.addSeparator()
    action(file, translate("MainWindow", "C&hange person…"), lambda: window.desk.change_person())
    action(file, translate("MainWindow", "Shared &database…"), window.shared_database)
    action(file, translate("MainWindow", "&Restore from backup…"), window.restore_backup, None,
           "restore_action")
    # A shared log is restored on its server by its administrator; this desk's
    # snapshots of it stay in Settings > Data.
    window.restore_action.setVisible(not window.ctx.store.shared)
    file.addSeparator()
    action(file, translate("MainWindow", "&Quit"),
           window.close, std.Quit, fallback="Ctrl+Q").setMenuRole(
        QAction.MenuRole.QuitRole)

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    action(edit, translate("MainWindow", "&Find…"), window.focus_search, std.Find)
    action(edit, translate("MainWindow", "&Save case"),
           window.case_view.save, std.Save, "save_action")
    action(edit, translate("MainWindow", "&Undo last save"),
           window.undo_last_save, std.Undo, "undo_action")
    edit.addSeparator()
    action(edit, translate("MainWindow", "&Delete case…"),
           window.delete_case, None, "delete_action")
    action(edit, translate("MainWindow", "&Trash…"), window.show_trash, None, "trash_action")
    window.table.addAction(window.delete_action)
    window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    view = window.view_menu = bar.addMenu(translate("MainWindow", "&View"))
    action(view, translate("MainWindow", "&Cases"),
           lambda: window.tabs.setCurrentIndex(0), "Ctrl+1")
    action(view, translate("MainWindow", "C&ustomers"),
           lambda: window.tabs.setCurrentIndex(1), "Ctrl+2")
    overdue = action(view, translate("MainWindow", "&Overdue only"), window.overdue_filter.toggle,
                     "Ctrl+Shift+O")
    overdue.setToolTip(translate("MainWindow", "Show only complaints past their targets"))

    reports = bar.addMenu(translate("MainWindow", "&Reports"))
    action(reports, translate("MainWindow", "&Monthly report…"), window.monthly_report, "Ctrl+R")

    settings = bar.addMenu(translate("MainWindow", "&Settings"))
    action(settings, translate("MainWindow", "&Business profile…"),
           window.edit_profile, std.Preferences,
           fallback="Ctrl+,").setMenuRole(
        QAction.MenuRole.PreferencesRole)
    action(settings, translate("MainWindow", "&Checklist templates…"), window.checklist_templates)
    action(settings, translate("MainWindow", "&Data…"), window.data_settings)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    action(help_menu, translate("MainWindow", "&Owner's guide"),
           window.show_owners_guide, std.HelpContents,
           "guide_action", fallback="F1")
    action(help_menu, translate("MainWindow", "&About Goodwill"), window.about).setMenuRole(
        QAction.MenuRole.AboutRole)
