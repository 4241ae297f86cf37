"""Preferences kept in QSettings (organisation "qa-desk"): who I am, my role, language, house style.

Also the recent-files list and window geometry, so a restart finds the desk as it was left.
"""
from __future__ import annotations

import getpass
import os

from .qt import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                 QHBoxLayout, QLabel, QLineEdit, QPushButton, QSettings, QWidget)
from .i18n import tr

ORGANISATION = "qa-desk"
APPLICATION = "qa-desk"
ROLES = ("translator", "editor")
LANGUAGES = ("", "en", "fr")  # "" = follow the system
MAX_RECENT = 10




def default_user() -> str:
    try:
        return getpass.getuser() or "translator"
    except (KeyError, OSError):
        return "translator"


class Preferences:
    """Typed access to the settings; every setter writes through at once."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

    def _get(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def user(self) -> str:
        return self._get("user", default_user()) or default_user()

    @user.setter
    def user(self, value: str) -> None:
        self.settings.setValue("user", value.strip() or default_user())

    @property
    def role(self) -> str:
        role = self._get("role", "translator")
        return role if role in ROLES else "translator"

    @role.setter
    def role(self, value: str) -> None:
        self.settings.setValue("role", value if value in ROLES else "translator")

    @property
    def language(self) -> str:
        lang = self._get("language", "")
        return lang if lang in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("language", value if value in LANGUAGES else "")

    @property
    def house_style(self) -> str:
        """Path of a profile TOML (severities, disabled checks, typography); empty = built-in defaults."""
        return self._get("house_style", "")

    @house_style.setter
    def house_style(self, value: str) -> None:
        self.settings.setValue("house_style", value)

    @property
    def propagate(self) -> bool:
        """A hand edit is written into the repetitions that read as the segment did (default on)."""
        return str(self.settings.value("propagate", "true")).lower() in ("true", "1", "yes")

    @propagate.setter
    def propagate(self, value: bool) -> None:
        self.settings.setValue("propagate", "true" if value else "false")

    def recent_files(self) -> list[list[str]]:
        """Recent openings, newest first; each is the list of paths opened together (or one .qadesk)."""
        raw = self.settings.value("recent", []) or []
        if isinstance(raw, str):
            raw = [raw]
        entries = []
        for item in raw:
            paths = [p for p in str(item).split("\n") if p]
            if paths and all(os.path.exists(p) for p in paths):
                entries.append(paths)
        return entries

    def add_recent(self, paths: list[str]) -> None:
        key = "\n".join(os.path.abspath(p) for p in paths)
        raw = ["\n".join(e) for e in self.recent_files()]
        raw = [key] + [r for r in raw if r != key]
        self.settings.setValue("recent", raw[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.settings.setValue("recent", [])


class PreferencesDialog(QDialog):
    """User name, role, interface language (next start) and house-style profile."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.user_edit = QLineEdit(prefs.user)
        self.user_edit.setObjectName("userEdit")
        form.addRow(tr("&User name:"), self.user_edit)
        self.role_combo = QComboBox()
        for role, label in (("translator", tr("Translator")), ("editor", tr("Editor (tracked changes)"))):
            self.role_combo.addItem(label, role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(prefs.role)))
        form.addRow(tr("&Role:"), self.role_combo)
        self.language_combo = QComboBox()
        for lang, label in (("", tr("System language")), ("en", "English"), ("fr", "Français")):
            self.language_combo.addItem(label, lang)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        form.addRow(tr("&Language:"), self.language_combo)
        form.addRow("", QLabel(tr("A new language applies at the next start.")))
        style_row = QHBoxLayout()
        self.style_edit = QLineEdit(prefs.house_style)
        self.style_edit.setPlaceholderText(tr("built-in defaults"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        style_row.addWidget(self.style_edit)
        style_row.addWidget(browse)
        style_label = QLabel(tr("&House style profile:"))  # a label of its own: a layout takes no buddy
        style_label.setBuddy(self.style_edit)
        form.addRow(style_label, style_row)
        self.propagate_box = QCheckBox(tr("&Propagate hand edits to repeated segments"))
        self.propagate_box.setObjectName("propagateBox")
        self.propagate_box.setChecked(prefs.propagate)
        self.propagate_box.setToolTip(tr("A repetition that reads as the edited segment did takes the same "
                                         "text, in the same undo step"))
        form.addRow("", self.propagate_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("House style profile"), "",
                                              tr("Profiles (*.toml);;All files (*)"))
        if path:
            self.style_edit.setText(path)

    def save(self) -> None:
        """Write the dialog's values to the settings (called on OK)."""
        self.prefs.user = self.user_edit.text()
        self.prefs.role = self.role_combo.currentData()
        self.prefs.language = self.language_combo.currentData()
        self.prefs.house_style = self.style_edit.text().strip()
        self.prefs.propagate = self.propagate_box.isChecked()

    def accept(self) -> None:
        self.save()
        super().accept()
