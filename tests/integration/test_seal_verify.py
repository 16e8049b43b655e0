"""``advisor-desk verify`` on sealed PDF packs, and poppler's ``pdfsig`` agreeing with it."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen import canvas

from app.documents.certificates import DeviceCredentials, create_device_certificate
from app.documents.seal import seal_pdf

ROOT = Path(__file__).resolve().parents[2]
SIGNED_AT = datetime(2026, 3, 1, 2, 30, tzinfo=UTC)
PDFSIG = shutil.which("pdfsig")
needs_pdfsig = pytest.mark.skipif(PDFSIG is None, reason="poppler's pdfsig is not installed")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def pdfsig(path: Path) -> str:
    assert PDFSIG is not None
    result = subprocess.run(
        [PDFSIG, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=60,
        check=False,
    )
    return result.stdout + result.stderr


def make_pdf(pages: int = 3) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, pageCompression=0)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 720, f"Suitability pack, page {number} of {pages}")
        pdf.drawString(72, 700, "Product risk R3; client risk level C3.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def creds() -> DeviceCredentials:
    return create_device_certificate("柜台一号机", "北京分行营业部", now=SIGNED_AT)


@pytest.fixture(scope="module")
def sealed_bytes(creds: DeviceCredentials) -> bytes:
    return seal_pdf(
        make_pdf(), creds, reason="适当性销售文件", location="北京", signed_at=SIGNED_AT
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    values["ADVISOR_DESK_HOME"] = str(tmp_path / "home")
    values["ADVISOR_DESK_LANG"] = "en"
    values["PYTHONIOENCODING"] = "utf-8"
    return values


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def appended_update(sealed: bytes) -> bytes:
    """A valid incremental update after the seal: a new document title."""
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed))
    info = writer.trailer["/Info"].get_object()
    info["/Title"] = generic.TextStringObject("Edited after sealing")
    writer.update_container(info)
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def flip_signed_byte(sealed: bytes) -> bytes:
    """One bit changed in a page's text (inside the first signed byte range)."""
    offset = sealed.index(b"client risk level C3")
    tampered = bytearray(sealed)
    tampered[offset + len("client risk level C")] ^= 0x01  # C3 -> C2
    return bytes(tampered)


# -- a valid seal ---------------------------------------------------------------------------


def test_verify_accepts_a_fresh_seal(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes
) -> None:
    path = write(tmp_path, "pack.pdf", sealed_bytes)
    result = run(["verify", str(path)], env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "VALID"
    assert lines[1] == "signer: 柜台一号机 (北京分行营业部)"
    assert lines[2] == "signed at: 2026-03-01T10:30:00+08:00"
    assert lines[3] == f"SHA-256: {hashlib.sha256(sealed_bytes).hexdigest()}"
    assert result.stderr == ""


def test_verify_json_shape(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes, creds: DeviceCredentials
) -> None:
    path = write(tmp_path, "pack.pdf", sealed_bytes)
    result = run(["verify", str(path), "--json"], env)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout) == {
        "valid": True,
        "intact": True,
        "signer": "柜台一号机 (北京分行营业部)",
        "signed_at": "2026-03-01T10:30:00+08:00",
        "sha256": hashlib.sha256(sealed_bytes).hexdigest(),
        "fingerprint": creds.fingerprint_sha256,
        "problem": "",
    }


@needs_pdfsig
def test_pdfsig_finds_the_signature_valid_and_covering_the_document(
    tmp_path: Path, sealed_bytes: bytes
) -> None:
    report = pdfsig(write(tmp_path, "pack.pdf", sealed_bytes))
    assert "Signature Type: ETSI.CAdES.detached" in report
    assert "Signing Hash Algorithm: SHA-256" in report
    assert "Signer Certificate Common Name: 柜台一号机" in report
    assert "  - Total document signed" in report
    assert "Signature Validation: Signature is Valid." in report
    # A self-signed device certificate: trust is a separate line, and not claimed.
    assert "Certificate Validation:" in report


def test_verify_does_not_import_qt(tmp_path: Path, sealed_bytes: bytes) -> None:
    path = write(tmp_path, "pack.pdf", sealed_bytes)
    code = (
        "import sys; from ui.main import main; rc = main(['verify', sys.argv[1], '--json']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.stdout.strip().endswith("NOQT 0"), result.stdout + result.stderr


# -- tampering ------------------------------------------------------------------------------


def test_a_flipped_byte_makes_verify_fail(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes
) -> None:
    path = write(tmp_path, "tampered.pdf", flip_signed_byte(sealed_bytes))
    result = run(["verify", str(path)], env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("INVALID: ")
    assert "altered" in result.stdout.splitlines()[0]
    as_json = json.loads(run(["verify", str(path), "--json"], env).stdout)
    assert as_json["valid"] is False and as_json["intact"] is False


@needs_pdfsig
def test_pdfsig_also_rejects_a_flipped_byte(tmp_path: Path, sealed_bytes: bytes) -> None:
    report = pdfsig(write(tmp_path, "tampered.pdf", flip_signed_byte(sealed_bytes)))
    assert "Signature Validation: Digest Mismatch." in report
    assert "Signature is Valid." not in report


def test_an_appended_update_makes_verify_fail(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes
) -> None:
    path = write(tmp_path, "updated.pdf", appended_update(sealed_bytes))
    result = run(["verify", str(path), "--json"], env)
    assert result.returncode == 1, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["intact"] is True  # the sealed revision itself is untouched ...
    assert "changed after it was sealed" in data["problem"]  # ... but it is not the file
    human = run(["verify", str(path)], env)
    assert human.returncode == 1
    assert human.stdout.startswith("INVALID: The document was changed after it was sealed")


@needs_pdfsig
def test_pdfsig_reports_an_appended_update_as_not_total_document(
    tmp_path: Path, sealed_bytes: bytes
) -> None:
    report = pdfsig(write(tmp_path, "updated.pdf", appended_update(sealed_bytes)))
    assert "  - Not total document signed" in report
    assert "  - Total document signed" not in report


def test_an_unsigned_pdf_is_not_sealed(tmp_path: Path, env: dict[str, str]) -> None:
    path = write(tmp_path, "plain.pdf", make_pdf())
    result = run(["verify", str(path)], env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("INVALID: The document is not sealed")
    assert result.stderr == ""


# -- unreadable input -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["truncated", "random", "text", "empty", "missing", "folder"])
def test_unreadable_input_exits_2_with_one_line(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes, kind: str
) -> None:
    contents = {
        "truncated": sealed_bytes[: len(sealed_bytes) // 2],
        "random": random.Random(2026).randbytes(6000),
        "text": "客户名单\n张三\n".encode(),
        "empty": b"",
    }
    if kind in contents:
        path = write(tmp_path, f"{kind}.pdf", contents[kind])
    elif kind == "folder":
        path = tmp_path / "folder.pdf"
        path.mkdir()
    else:
        path = tmp_path / "nowhere.pdf"
    for extra in ([], ["--json"]) if kind in ("random", "missing") else ([],):
        result = run(["verify", str(path), *extra], env)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stdout == ""
        message = result.stderr.strip()
        assert message.startswith("advisor-desk verify: ")
        assert "\n" not in message and "Traceback" not in message
        assert str(path.name) in message


def test_usage_errors_exit_2_with_one_line(env: dict[str, str]) -> None:
    for args in (["verify"], ["verify", "a.pdf", "--bogus"]):
        result = run(args, env)
        assert result.returncode == 2
        message = result.stderr.strip()
        assert "\n" not in message and "Traceback" not in message


def test_several_packs_are_checked_in_one_run_with_the_worst_exit_code(
    tmp_path: Path, env: dict[str, str], sealed_bytes: bytes
) -> None:
    good = write(tmp_path, "good.pdf", sealed_bytes)
    bad = write(tmp_path, "bad.pdf", flip_signed_byte(sealed_bytes))
    result = run(["verify", str(good), str(bad), "--json"], env)
    assert result.returncode == 1, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["file"], first["valid"]) == (str(good), True)
    assert (second["file"], second["valid"]) == (str(bad), False)

    missing = tmp_path / "missing.pdf"
    result = run(["verify", str(good), str(missing)], env)
    assert result.returncode == 2
    assert result.stdout.splitlines()[:2] == [f"== {good}", "VALID"]
    assert len(result.stderr.splitlines()) == 1 and "missing.pdf" in result.stderr
