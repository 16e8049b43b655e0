"""What the frozen bundle leaves out (the spec's filters)."""

from __future__ import annotations

from tools.bundle_contents import EXCLUDED_MODULES, drops_binary, drops_data


def test_unused_qt_libraries_and_the_qml_keyboard_plugin_are_dropped() -> None:
    assert drops_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert drops_binary("PySide6\\Qt\\bin\\Qt6Qml.dll")
    assert drops_binary("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not drops_binary("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert not drops_binary("PySide6/Qt/lib/libQt6Widgets.so.6")


def test_only_chinese_qt_catalogs_are_kept() -> None:
    assert drops_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not drops_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not drops_data("resources/translations/advisor_desk_en.ts")


def test_what_the_app_uses_is_not_excluded() -> None:
    for used in (
        "PySide6.QtPdf",
        "PySide6.QtPdfWidgets",
        "PySide6.QtPrintSupport",
        "PySide6.QtCharts",
        "PySide6.QtOpenGL",
        "PySide6.QtOpenGLWidgets",
    ):
        assert used not in EXCLUDED_MODULES
    assert "PySide6.QtWebEngineWidgets" in EXCLUDED_MODULES
