"""What a recorded disclosure keeps: texts, hashes, reading, attestations; all immutable."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import exc, text

from app.documents import templates
from app.domain.case_flow import CaseState, Step
from app.domain.signature import strokes_from_json
from app.services import cases, disclosure
from tests.conftest import audit_rows, mainland_id
from tests.unit import test_disclosure_service
from tests.unit.test_case_services import Desk
from tests.unit.test_disclosure_service import (
    COPY_SENTENCE,
    INSURANCE,
    RECORDING_POINTS,
    SUITABLE,
    WARN,
    attestations,
    complete_input,
    disclose,
    everything_case,
    matched_case,
    plan_of,
    rows,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")
desk = test_disclosure_service.desk  # the same desk fixture, under its name


# -- what is stored ------------------------------------------------------------------------


def test_a_recorded_disclosure_keeps_what_was_shown_read_and_attested(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    data = replace(complete_input(plan), recording_sha256="AB" * 32)  # upper case is fine
    version = disclosure.record_disclosure(ws, actor, case_id, plan.version, data)

    view = cases.get_case(ws, actor, case_id)
    assert (view.state, view.step, view.version) == (CaseState.DISCLOSED, Step.SIGNING, version)
    assert version > plan.version

    records = {r.kind: r for r in rows(ws, "disclosure_records", case_id)}
    assert set(records) == set(templates.DOCUMENT_KINDS)
    readings = {r.kind: r for r in data.readings}
    for document in plan.documents:
        row = records[document.kind]
        assert (row.text, row.sha256, row.title) == (document.text, document.sha256, document.title)
        assert row.template_version == document.version
        assert row.reading_seconds == readings[document.kind].reading_seconds
        assert bool(row.scrolled_to_end) is True
        assert json.loads(row.key_risks) == [[k.id, k.text] for k in document.key_risks]
        assert json.loads(row.acknowledged_risks) == sorted(k.id for k in document.key_risks)
        assert row.recorded_by == actor.user_id
        # The stored text still hashes to what the client saw.
        rerendered = templates.RenderedDocument(
            row.kind,
            row.template_version,
            row.title,
            row.text,
            tuple(templates.KeyRisk(i, t) for i, t in json.loads(row.key_risks)),
        )
        assert rerendered.sha256 == row.sha256

    stored = attestations(ws, case_id)
    assert set(stored) == {"copy_sentence", "recording"}
    copy = stored["copy_sentence"]
    assert (copy["sentence"], copy["advisor_attests"]) == (COPY_SENTENCE, True)
    assert strokes_from_json(copy["strokes"]) == data.copy_strokes
    assert stored["recording"] == {
        "reference": "REC-2026-0042",
        "sha256": "ab" * 32,
        "checklist": RECORDING_POINTS,
    }

    event = audit_rows(ws)[-1]
    assert (event.action, event.entity_id, event.actor_id) == (
        "case.disclose",
        case_id,
        actor.user_id,
    )
    # Synced like every other record: one outbox row per stored row.
    with ws.db.reading() as session:
        outbox = session.execute(text("SELECT entity, entity_id FROM outbox")).all()
    synced = {(e, i) for e, i in outbox}
    for row in rows(ws, "disclosure_records", case_id):
        assert ("disclosure_record", row.id) in synced
    for row in rows(ws, "case_attestations", case_id):
        assert ("case_attestation", row.id) in synced


def test_every_confirmation_is_stored_with_the_text_that_was_confirmed(desk: Desk) -> None:
    warned = matched_case(desk, WARN, "10000", own_initiative=True)
    plan = plan_of(desk, warned)
    disclose(desk, warned)
    stored = attestations(desk.ws, warned)
    assert set(stored) == {
        "copy_sentence",
        "special_warning",
        "investment_confirmation",
        "own_initiative",
        "recording",
    }
    assert stored["special_warning"] == {"text": plan.special_warning}
    assert stored["investment_confirmation"] == {"text": plan.investment_confirmation}
    assert stored["own_initiative"] == {"text": plan.own_initiative}

    everything = everything_case(desk, "067")
    plan = plan_of(desk, everything)
    disclose(desk, everything)
    stored = attestations(desk.ws, everything)
    assert set(stored) == {
        "copy_sentence",
        "elderly_care",
        "qualified_commitment",
        "concentration_notice",
        "recording",
    }
    assert stored["elderly_care"] == {
        "text": plan.elderly_care,
        "advisor_attests": True,
        "client_reconfirmed": True,
    }
    assert stored["qualified_commitment"] == {"text": plan.qualified_commitment}
    assert stored["concentration_notice"] == {"text": plan.concentration}

    insured = matched_case(
        desk, INSURANCE, "70000", annual_premium="70000", id_number=mainland_id(seq="456")
    )
    plan = plan_of(desk, insured)
    disclose(desk, insured)
    assert attestations(desk.ws, insured)["premium_notice"] == {"text": plan.premium}


@pytest.mark.parametrize("table", ["disclosure_records", "case_attestations"])
def test_disclosure_rows_are_immutable(desk: Desk, table: str) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    disclose(desk, case_id)
    before = rows(desk.ws, table, case_id)
    assert before
    column = "text" if table == "disclosure_records" else "payload"
    for statement in (
        f"UPDATE {table} SET {column} = 'rewritten'",
        f"UPDATE {table} SET deleted_at = '2026-01-01T00:00:00.000000Z'",
        f"DELETE FROM {table}",
    ):
        with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
            s.execute(text(statement))
    assert rows(desk.ws, table, case_id) == before
