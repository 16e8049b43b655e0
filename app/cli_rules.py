"""``advisor-desk questionnaire score`` and ``advisor-desk suitability`` (headless, no Qt).

Both follow CONTRACTS.md: JSON on standard output (UTF-8, one object per line), and bad
input of any kind ends with one line on standard error naming the field and the problem,
exit code 2 and nothing on standard output.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.rulepack import RulePack, RulePackError
from app.i18n import translate
from app.suitability_input import InputError, load_json, parse_instant, parse_line

STDIN = "-"


class CommandError(Exception):
    """Bad input for a command: ``field`` (an option, a key, a line) and the problem."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}" if field else problem)


def _fail(prog: str, exc: Exception) -> int:
    message = " ".join(str(exc).split())  # one line, whatever the problem said
    print(f"{prog}: {message}", file=sys.stderr, flush=True)
    return 2


def _write_lines(lines: Iterable[str]) -> None:
    """Write JSON lines as UTF-8 (RFC 8259), whatever the console's code page."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.encoding.lower() not in ("utf-8", "utf8"):
        stdout.reconfigure(encoding="utf-8")
    try:
        for line in lines:
            stdout.write(line + "\n")
        stdout.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): not our error; silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _read_bytes(path: str, option: str) -> bytes:
    try:
        if path == STDIN:
            return sys.stdin.buffer.read()
        return Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(
            option,
            translate("Cli", "cannot read {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            ),
        ) from None


# -- questionnaire score -------------------------------------------------------------------


def questionnaire_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-desk questionnaire",
        description=translate("Cli", "Score a risk questionnaire."),
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="score")
    score = actions.add_parser(
        "score",
        help=translate("Cli", "score an answers file and print the result as JSON"),
        description=translate("Cli", "Score an answers file and print the result as JSON."),
    )
    score.add_argument(
        "--answers",
        required=True,
        metavar="FILE.json",
        help=translate("Cli", 'JSON file: {"answers": {"1": "A", …}, "civil_capacity": "full"}'),
    )
    score.add_argument(
        "--questionnaire",
        metavar="ID",
        help=translate("Cli", "questionnaire id (default: the shipped default questionnaire)"),
    )
    return parser


def score_answers_file(path: str, questionnaire_id: str | None) -> dict[str, object]:
    """The contract's JSON result for an answers file; raises :class:`CommandError`."""
    from app import rulebook
    from app.domain.questionnaire import check_answers, score_answers

    wanted = questionnaire_id or rulebook.DEFAULT_QUESTIONNAIRE
    try:
        sheet = rulebook.questionnaire(wanted)
    except KeyError:
        raise CommandError(
            "--questionnaire",
            translate("Cli", "unknown questionnaire {id}").format(id=repr(wanted)),
        ) from None
    except RulePackError as exc:
        raise CommandError("--questionnaire", str(exc)) from None
    raw = _read_bytes(path, "--answers")
    try:
        data = load_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CommandError("--answers", translate("Cli", "not UTF-8 text")) from None
    except InputError as exc:
        raise CommandError("--answers", exc.problem) from None
    if not isinstance(data, dict):
        raise CommandError("--answers", translate("Cli", "must be a JSON object"))
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise CommandError("answers", translate("Cli", "must be a JSON object"))
    checked, errors = check_answers(sheet, answers)
    if not errors:
        capacity = data.get("civil_capacity")
        result, errors = score_answers(sheet, checked, civil_capacity=capacity)
        if result is not None and not errors:
            return result.as_json()
    raise CommandError("", "; ".join(f"{e.field}: {e.message}" for e in errors))


def run_questionnaire_command(args: list[str]) -> int:
    prog = "advisor-desk questionnaire"
    parsed = questionnaire_parser().parse_args(args)
    try:
        result = score_answers_file(parsed.answers, parsed.questionnaire)
    except CommandError as exc:
        return _fail(prog, exc)
    _write_lines([_dumps(result)])
    return 0


# -- suitability ---------------------------------------------------------------------------


def suitability_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-desk suitability",
        description=translate(
            "Cli", "Decide each client × product line of FILE.jsonl; one JSON decision per line."
        ),
    )
    parser.add_argument(
        "--input",
        required=True,
        metavar="FILE.jsonl",
        help=translate("Cli", "one JSON case per line ('-' reads standard input)"),
    )
    parser.add_argument(
        "--rulepack",
        metavar="NAME",
        help=translate("Cli", "use this rule pack for every line (default: by product)"),
    )
    parser.add_argument(
        "--at",
        metavar="ISO-DATETIME",
        help=translate(
            "Cli", "decide as at this time (default: now; without an offset, Beijing time)"
        ),
    )
    return parser


def forced_pack(name: str | None) -> RulePack | None:
    from app.rulebook import rulebook

    if name is None:
        return None
    packs = rulebook().packs
    if name not in packs:
        raise CommandError(
            "--rulepack",
            translate("Cli", "unknown rule pack {name} (known: {known})").format(
                name=repr(name), known=", ".join(sorted(packs))
            ),
        )
    return packs[name]


def decide_lines(raw: bytes, *, at: datetime, pack: RulePack | None) -> list[str]:
    """Every non-empty line's decision as a JSON line; raises :class:`CommandError`.

    All lines are parsed before any is decided, so bad input yields no output at all.
    """
    from app.domain.suitability import evaluate
    from app.rulebook import rulebook

    book = rulebook()
    cases = []
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        try:
            text = chunk.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise CommandError("", _line(number, "", translate("Cli", "not UTF-8 text"))) from None
        if not text.strip():
            continue
        try:
            cases.append(parse_line(text))
        except InputError as exc:
            raise CommandError("", _line(number, exc.field, exc.problem)) from None
    lines = []
    for case in cases:
        decision = evaluate(case.client, case.product, case.sale, at=at, rulebook=book, pack=pack)
        lines.append(_dumps({"id": case.id, **decision.as_json()}))
    return lines


def _line(number: int, field: str, problem: str) -> str:
    if not field:
        return translate("Cli", "line {number}: {problem}").format(number=number, problem=problem)
    return translate("Cli", "line {number}: {field}: {problem}").format(
        number=number, field=field, problem=problem
    )


def run_suitability_command(args: list[str]) -> int:
    prog = "advisor-desk suitability"
    parsed = suitability_parser().parse_args(args)
    try:
        try:
            pack = forced_pack(parsed.rulepack)
        except RulePackError as exc:
            raise CommandError("", str(exc)) from None
        at = datetime.now(UTC)
        if parsed.at is not None:
            try:
                at = parse_instant(parsed.at, "--at")
            except InputError as exc:
                raise CommandError(exc.field, exc.problem) from None
        raw = _read_bytes(parsed.input, "--input")
        try:
            lines = decide_lines(raw, at=at, pack=pack)
        except RulePackError as exc:
            raise CommandError("", str(exc)) from None
    except CommandError as exc:
        return _fail(prog, exc)
    _write_lines(lines)
    return 0
