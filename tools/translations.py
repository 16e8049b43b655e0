"""Keep the .ts catalogs in step with the code.

``python -m tools.translations`` runs ``pyside6-lupdate`` over ``app/`` and ``ui/`` into
``resources/translations/advisor_desk_{zh_CN,en}.ts`` (existing translations are kept,
vanished ones dropped) and marks every English entry finished with its source text.
``--check`` reports what is missing without writing, and exits 1 if anything is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py")
    )


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        source = message.findtext("source") or ""
        if node is not None and (node.get("type") == "unfinished" or not node.text):
            node.text = source
            node.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(path: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not (node.text or ""):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    problems = 0
    for language in LANGUAGES:
        path = TS_DIR / f"advisor_desk_{language}.ts"
        target = path
        if args.check:
            target = Path(tempfile.mkdtemp()) / path.name
            if path.exists():
                shutil.copyfile(path, target)
        else:
            TS_DIR.mkdir(parents=True, exist_ok=True)
        lupdate(target)
        if language == "en":
            fill_english(target)
        missing = unfinished(target)
        problems += len(missing)
        print(f"{language}: {len(missing)} unfinished")
        for context, source in missing[:50]:
            print(f"  [{context}] {source}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
