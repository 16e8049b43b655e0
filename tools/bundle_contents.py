"""What goes into the frozen bundle and what must stay out (shared by the spec and tests)."""

from __future__ import annotations

from pathlib import Path

# Qt modules the app does not use: excluded so the bundle stays small and starts fast.
# (Checked by tests/integration/test_frozen_bundle.py on the built folder.) QtCharts is used
# by the KPI dashboard and needs QtOpenGL and QtOpenGLWidgets.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Native Qt libraries that must not be in the folder (file names contain these).
UNUSED_QT_LIBRARIES = (
    "Qt6WebEngine",
    "Qt6Qml",
    "Qt6Quick",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6Designer",
    "Qt6Location",
)

EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    "tkinter",
    "unittest",
    "pydoc",
    # Development tools never run in the app.
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "IPython",
    # pyHanko's network clients: the app is offline (app/documents/offline.py).
    "aiohttp",
]

HIDDEN_IMPORTS = [
    # Loaded by name: the SQLCipher dialect, Alembic's runtime, the migration scripts' imports.
    "sqlcipher3",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.op",
    "logging.handlers",
]


def drops_binary(destination: str) -> bool:
    """Native files left out: unused Qt libraries and the plugins that would load them."""
    name = destination.replace("\\", "/").rsplit("/", 1)[-1]
    return any(part in name for part in UNUSED_QT_LIBRARIES) or "virtualkeyboard" in name.lower()


def drops_data(destination: str) -> bool:
    """Qt's catalogs for languages the app does not offer."""
    path = destination.replace("\\", "/")
    return "PySide6/Qt/translations/" in path and "zh_CN" not in path


def qt_translation_files() -> list[tuple[str, str]]:
    """Qt's Chinese catalogs, placed where the frozen PySide6 looks for translations."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return [
        (str(folder / name), "PySide6/Qt/translations")
        for name in ("qtbase_zh_CN.qm", "qt_zh_CN.qm")
        if (folder / name).exists()
    ]
