"""Build the frozen app (one folder) and, on Windows, the installer.

    uv run python -m tools.build [--dist DIR] [--installer] [--sign]

Steps: PyInstaller with ``build_installer.spec`` → ``DIR/AdvisorDesk/`` (default
``dist/``); the folder's size is printed. ``--sign`` signs both executables with
``signtool`` (Windows; the operator provides the certificate through
``ADVISOR_DESK_SIGNTOOL_ARGS``, e.g. ``/a /fd SHA256 /tr http://timestamp.example /td SHA256``).
``--installer`` compiles ``installer/advisor-desk.iss`` with Inno Setup's ``iscc`` and signs
the setup program too when ``--sign`` is given.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = "AdvisorDesk"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run_pyinstaller(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(ROOT / "build_installer.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ]
    )
    return dist / APP_FOLDER


def executables(bundle: Path) -> list[Path]:
    suffix = ".exe" if sys.platform == "win32" else ""
    return [bundle / f"AdvisorDesk{suffix}", bundle / f"advisor-desk{suffix}"]


def sign(files: list[Path]) -> None:
    """The code-signing hook: ``signtool sign <operator's arguments> FILE``."""
    tool = shutil.which("signtool")
    if tool is None:
        raise SystemExit("--sign: signtool is not on PATH (Windows SDK)")
    extra = shlex.split(os.environ.get("ADVISOR_DESK_SIGNTOOL_ARGS", "/a /fd SHA256"))
    for file in files:
        subprocess.run([tool, "sign", *extra, str(file)], check=True)


def build_installer(bundle: Path, dist: Path) -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        raise SystemExit("--installer: Inno Setup's iscc is not on PATH")
    subprocess.run(
        [
            iscc,
            f"/DSourceDir={bundle}",
            f"/DOutputDir={dist}",
            str(ROOT / "installer" / "advisor-desk.iss"),
        ],
        check=True,
    )
    return dist / "AdvisorDesk-Setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--installer", action="store_true")
    parser.add_argument("--sign", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    if args.sign:
        sign(executables(bundle))
    print(f"bundle: {bundle}")
    print(f"size: {folder_size(bundle) / 1_000_000:.1f} MB")
    if args.installer:
        setup = build_installer(bundle, args.dist.resolve())
        if args.sign:
            sign([setup])
        print(f"installer: {setup}")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
