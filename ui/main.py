"""The ``advisor-desk`` entry point.

With a subcommand (or ``--selftest``) it hands over to :mod:`app.cli` without importing Qt;
without one it starts the GUI — or, where there is no display, says so in one line.
"""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    """Whether a Qt GUI can open a window here."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import is_cli_invocation, run_cli

    if is_cli_invocation(args):
        return run_cli(args)
    if not has_display():
        from app.i18n import translate

        print(
            translate(
                "Main",
                "advisor-desk: no display found; the GUI needs one. Headless, use "
                "'advisor-desk --selftest' or 'advisor-desk demo --out DIR'.",
            ),
            file=sys.stderr,
        )
        return 2
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
