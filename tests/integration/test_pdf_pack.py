"""The signed PDF pack as poppler (what readers and regulators use) sees it."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.documents.model import (
    PackSignature,
)
from app.documents.pack import build_pack
from bench.pack_sample import (
    CASE_ID,
    COPY_SENTENCE,
    ELDERLY_CARE,
    INVESTMENT_CONFIRMATION,
    QUALIFIED_COMMITMENT,
    RECORDING_REF,
    SPECIAL_WARNING,
    everything_set,
    sample_pack,
    signature_strokes,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts, pdftotext) not installed"
)


def poppler(*args: str) -> str:
    result = subprocess.run(list(args), capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def squeeze(text: str) -> str:
    """Text without whitespace: pdftotext's spacing and line breaks are not our concern."""
    return "".join(text.split())


def write(pdf: bytes, path: Path) -> Path:
    path.write_bytes(pdf)
    return path


def page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", str(path)), re.MULTILINE)
    assert match
    return int(match.group(1))


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(build_pack(sample_pack()), tmp_path_factory.mktemp("pack") / "pack.pdf")


def test_the_chinese_font_is_embedded_as_a_subset(sample_pdf: Path) -> None:
    lines = poppler("pdffonts", str(sample_pdf)).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        emb, sub, uni = line.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
        assert re.match(r"[A-Z]{6}\+", line), line


def test_the_text_holds_name_product_and_the_hand_copied_sentence(sample_pdf: Path) -> None:
    text = squeeze(poppler("pdftotext", str(sample_pdf), "-"))
    assert "王建华" in text
    assert "WM24001" in text
    assert COPY_SENTENCE in text


def test_every_page_shows_the_case_and_page_n_of_m(sample_pdf: Path) -> None:
    pages = page_count(sample_pdf)
    assert pages >= 6
    for n in range(1, pages + 1):
        text = squeeze(poppler("pdftotext", "-f", str(n), "-l", str(n), str(sample_pdf), "-"))
        assert CASE_ID in text, n
        assert f"第{n}页/共{pages}页" in text, n


def test_an_english_pack_numbers_its_pages_in_english(tmp_path: Path) -> None:
    path = write(build_pack(sample_pack(language="en")), tmp_path / "en.pdf")
    pages = page_count(path)
    last = poppler("pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-")
    assert f"Page {pages} of {pages}" in last
    assert not re.search(r"第\d+页", squeeze(last))


def test_conditional_pages_appear_only_when_set(tmp_path: Path) -> None:
    plain_path = write(build_pack(sample_pack(language="en")), tmp_path / "plain.pdf")
    full_path = write(build_pack(everything_set(language="en")), tmp_path / "full.pdf")
    plain = squeeze(poppler("pdftotext", str(plain_path), "-"))
    full = squeeze(poppler("pdftotext", str(full_path), "-"))
    conditional = [
        "Special Risk Warning",
        SPECIAL_WARNING,
        "Investment Confirmation",
        INVESTMENT_CONFIRMATION,
        "Qualified Investor Commitment",
        QUALIFIED_COMMITMENT,
        "Special Care for Elderly Investors",
        ELDERLY_CARE,
        "Audio and Video Recording Checklist",
        RECORDING_REF,
        "on my own initiative",  # the statement a client signs when buying against a warning
    ]
    for text in conditional:
        assert squeeze(text) in full, text
        assert squeeze(text) not in plain, text
    # each conditional document is a page of its own
    assert page_count(full_path) == page_count(plain_path) + 5


def test_an_institution_is_exempt_from_the_hand_copy(tmp_path: Path) -> None:
    path = write(build_pack(sample_pack(language="en", copy_strokes=None)), tmp_path / "inst.pdf")
    assert "exempt from hand-copying" in poppler("pdftotext", str(path), "-")


def test_markup_in_names_is_printed_literally_and_never_evaluated(tmp_path: Path) -> None:
    name = "<font color=\"[[[getattr(pow, 'x')]]]\">x</font>"
    product = '<img src="/etc/passwd"/>'
    data = sample_pack(
        client_name=name,
        client_rows=(("姓名", name), ("备注", "a & b &amp; <b>c</b>")),
        product_rows=(("产品名称", product),),
        signatures=(
            PackSignature("client", name, datetime(2025, 3, 4, tzinfo=UTC), signature_strokes()),
        ),
    )
    pdf = build_pack(data)
    text = squeeze(poppler("pdftotext", str(write(pdf, tmp_path / "evil.pdf")), "-"))
    assert squeeze(name) in text
    assert squeeze(product) in text
    assert squeeze("a & b &amp; <b>c</b>") in text
    # the <img> tag was not followed: no image in the file
    assert b"/XObject" not in pdf
    assert len(poppler("pdfimages", "-list", str(tmp_path / "evil.pdf")).splitlines()) == 2


def test_the_same_input_gives_the_same_bytes() -> None:
    data = everything_set()
    first = build_pack(data)
    assert build_pack(data) == first
    assert first.startswith(b"%PDF-")
    assert build_pack(replace(data, client_name="王建国")) != first


def test_the_creation_date_is_the_generation_time(sample_pdf: Path) -> None:
    info = poppler("pdfinfo", "-isodates", str(sample_pdf))
    assert re.search(r"^CreationDate:\s+2025-03-04T06:10:00", info, re.MULTILINE), info
