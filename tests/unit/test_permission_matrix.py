"""Every service call × every role: a forbidden call fails in the service itself.

The UI hides what a role cannot do, but a call that bypassed the UI must still be
refused. Each public service function taking ``(ws, actor, …)`` is called by each role
with placeholder arguments: a role outside the function's row gets ``PermissionDenied``
before anything else happens; a role inside it gets past the permission check (whatever
the placeholders then cause). A new service function without a row fails this test.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import app.services
from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.context import Actor
from tests.conftest import Office

pytestmark = pytest.mark.usefixtures("fast_kdf")

A, S, V, D = Role.ADVISOR, Role.SUPERVISOR, Role.SERVICE, Role.ADMIN
EVERYONE = frozenset(Role)

MATRIX: dict[str, frozenset[Role]] = {
    "assessments.latest_assessment": frozenset({A, S, V}),
    "assessments.next_attempt": frozenset({A, S, V}),
    "assessments.preview": frozenset({A}),
    "assessments.submit_assessment": frozenset({A}),
    "audit_trail.verify": frozenset({S, D}),
    "audit_trail.chain_status": frozenset({S, D}),
    "cases.cases_to_submit": frozenset({A}),
    "cases.choose_product": frozenset({A}),
    "cases.client_cases": frozenset({A, S, V}),
    "cases.confirm_onboarding": frozenset({A}),
    "cases.evaluate_catalog": frozenset({A, S, V}),
    "cases.get_case": frozenset({A, S, V}),
    "cases.get_match": frozenset({A, S, V}),
    "cases.open_cases": frozenset({A, S, V}),
    "cases.save_draft": frozenset({A}),
    "cases.start_case": frozenset({A}),
    "cases.use_assessment": frozenset({A}),
    # cancelling within cooling-off / free look, and the satisfaction survey after signing
    "cancellation.cancel_case": frozenset({A, V}),
    "cancellation.cancellation_pdf": frozenset({A, S, V}),
    "cancellation.cancellation_terms": frozenset({A, S, V}),
    "surveys.record_survey": frozenset({A, S, V}),
    "surveys.survey_of": frozenset({A, S, V}),
    "catalog.change_rating": frozenset({D}),
    "catalog.get_product": EVERYONE,
    "catalog.import_catalog": frozenset({D}),
    "catalog.list_products": EVERYONE,
    "catalog.mark_notified": frozenset({A}),
    "catalog.pending_notices": frozenset({A, S, V}),
    "clients.count_clients": frozenset({A, S, V}),
    "clients.create_client": frozenset({A}),
    "clients.get_client": frozenset({A, S, V}),
    "clients.reveal_id_number": frozenset({A, S}),
    "clients.search_clients": frozenset({A, S, V}),
    "clients.update_client": frozenset({A}),
    # complaints from intake to closure, and the calendar their clocks use
    "complaint_actions.acknowledge": frozenset({S, V}),
    "complaint_actions.assign": frozenset({S, V}),
    "complaint_actions.close": frozenset({S, V}),
    "complaint_actions.decide": frozenset({S, V}),
    "complaint_actions.extend": frozenset({S, V}),
    "complaint_actions.inform": frozenset({S, V}),
    "complaint_intake.intake": EVERYONE,
    "complaint_intake.intake_client": EVERYONE,
    "complaint_intake.intake_client_choices": EVERYONE,
    "complaints.get_complaint": frozenset({S, V}),
    "complaints.list_complaints": frozenset({S, V}),
    "work_calendar.list_changes": frozenset({D}),
    "work_calendar.set_day": frozenset({D}),
    "devices.list_devices": frozenset({D}),
    "disclosure.disclosure_plan": frozenset({A, S, V}),
    "disclosure.record_disclosure": frozenset({A}),
    "return_visits.follow_up": frozenset({S}),
    "return_visits.pending_follow_ups": frozenset({S}),
    "return_visits.record_visit": frozenset({V}),
    "return_visits.visit_queue": frozenset({V}),
    "return_visits.visit_script": frozenset({V}),
    "review.branch_advisors": frozenset({S}),
    "review.review_queue": frozenset({S}),
    "review.submit_case": frozenset({A}),
    "review_decisions.approve": frozenset({S}),
    "review_decisions.cosign": frozenset({S}),
    "review_decisions.reject": frozenset({S}),
    "review_decisions.return_case": frozenset({S}),
    "review_decisions.returned_cases": frozenset({A}),
    "review_record.case_record": frozenset({S}),
    "today.today": EVERYONE,
    "kpis.dashboard": frozenset({S}),
    "kpi_drill.drill_down": frozenset({S}),
    "kpi_targets.list_targets": frozenset({S}),
    "kpi_targets.set_target": frozenset({S}),
    "exports.export_table": EVERYONE,
    "settings.set_int": frozenset({D}),
    # head-office sync: enrolling is an administrator's; syncing is every signed-in user's
    "sync.conflicts": EVERYONE,
    "sync.dismiss_rejection": EVERYONE,
    "sync.enroll": frozenset({D}),
    "sync.needs_attention": EVERYONE,
    "sync.resolve_conflict": EVERYONE,
    "sync.sync_once": EVERYONE,
    "sync.sync_status": EVERYONE,
    "signing.case_pack": frozenset({A, S, V}),
    "signing.sign_case": frozenset({A}),
    "signing.signing_summary": frozenset({A, S, V}),
    "signing.verify_case_pack": frozenset({A, S, V}),
    "users.change_role": frozenset({D}),
    "users.create_user": frozenset({D}),
    "users.list_users": frozenset({D}),
    "users.reset_password": frozenset({D}),
    "users.set_disabled": frozenset({D}),
    "users.unlock_account": frozenset({D}),
}

# Calls on the caller's own session (sign out, lock, unlock, own password): every role may
# make them, and calling them here would close the shared workspace.
OWN_SESSION = {"auth.change_own_password", "auth.lock", "auth.logout", "auth.unlock"}

PLACEHOLDER = "no-such-record"


def service_calls() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            if list(inspect.signature(fn).parameters)[:2] == ["ws", "actor"]:
                found[f"{info.name}.{name}"] = fn
    return found


def placeholders(fn: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in list(inspect.signature(fn).parameters.values())[2:]:
        if param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = PLACEHOLDER
        else:
            args.append(PLACEHOLDER)
    return args, kwargs


def test_every_service_call_has_a_row() -> None:
    assert set(service_calls()) - OWN_SESSION == set(MATRIX)


@pytest.fixture
def actors(office: Office) -> dict[Role, Actor]:
    for role in (A, S, V):
        office.add_user(f"matrix.{role.value}", role)
    found = {role: office.actor(f"matrix.{role.value}") for role in (A, S, V)}
    return {**found, D: office.admin}


def test_each_role_is_refused_exactly_outside_its_row(
    office: Office, actors: dict[Role, Actor]
) -> None:
    calls = service_calls()
    wrong: list[str] = []
    for name, allowed in sorted(MATRIX.items()):
        fn = calls[name]
        args, kwargs = placeholders(fn)
        for role, actor in actors.items():
            try:
                fn(office.admin_ws, actor, *args, **kwargs)
                denied = False
            except PermissionDenied:
                denied = True
            except Exception:  # placeholders fail after the check: past it
                denied = False
            if denied == (role in allowed):
                wrong.append(f"{name} × {role.value}: {'denied' if denied else 'allowed'}")
    assert wrong == []
