"""Qt side of translation: a QTranslator over the same .ts catalog as ``app.i18n``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import active_language, catalog


class CatalogTranslator(QTranslator):
    """Looks translations up in the parsed .ts catalog (no compiled .qm needed at run time)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language_code = language
        self._table = catalog(language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._table.get((context, source))  # None: not ours, Qt falls back

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._table


LANGUAGE_KEY = "ui/language"  # QSettings key of the language chosen in Settings

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install ours and Qt's own (standard buttons, dialogs); returns the language."""
    language = language or active_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = CatalogTranslator(language)
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "zh_CN":
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` (the name ``pyside6-lupdate`` extracts from)."""
    return QCoreApplication.translate(context, text)
