"""The paged client model passes Qt's model checks; idle time locks the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.services import clients
from app.services.context import Actor, Workspace
from tests.conftest import Office, client_input, mainland_id
from ui.main_window import MainWindow
from ui.models import client_table_model
from ui.models.client_table_model import ClientTableModel

pytestmark = pytest.mark.gui


def test_model_pages_lazily_and_passes_the_model_tester(
    qtmodeltester: object, advisor: tuple[Workspace, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, actor = advisor
    for n in range(7):
        clients.create_client(
            ws, actor, client_input(name=f"客户{n}", id_number=mainland_id(seq=f"{n:03d}"))
        )
    monkeypatch.setattr(client_table_model, "PAGE_SIZE", 3)
    model = ClientTableModel(
        lambda q, o, lim: clients.search_clients(ws, actor, q, offset=o, limit=lim)
    )
    model.set_query("")
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())
    assert [model.index(r, 0).data() for r in range(7)] == [f"客户{n}" for n in range(7)]
    assert all("*" in model.index(r, 2).data() for r in range(7))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_query("客户5")
    assert model.rowCount() == 1


def test_idle_timeout_locks_and_hides_personal_data(
    qtbot: QtBot, advisor: tuple[Workspace, Actor]
) -> None:
    ws, actor = advisor
    window = MainWindow(ws, actor)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.timer.interval() == 5 * 60_000, "default idle lock is 5 minutes"
    window.show_page(window.clients)
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.root.currentWidget() is window.lock_screen
    assert window.clients.model.rowCount() == 0 and not ws.db.is_open
    assert not window.lock_action.isEnabled()
    note = window.lock_screen.who
    assert note.height() >= note.heightForWidth(note.width()), "the explanation is clipped"


def test_a_window_owns_every_page_even_those_its_role_cannot_open(
    qtbot: QtBot, office: Office
) -> None:
    """Pages left without a Qt parent outlive the window and crash Qt at exit."""
    window = MainWindow(office.admin_ws, office.admin)
    qtbot.addWidget(window)
    for page in (
        window.home,
        window.clients,
        window.client_form,
        window.settings_page,
        window.lock_screen,
    ):
        assert page.window() is window, type(page).__name__
    assert window.clients.model.parent() is window.clients
    assert not window.clients.isVisibleTo(window), "admins have no client list"
