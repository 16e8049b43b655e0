"""Head-office servers that a test can kill (SIGKILL) and start again on the same port.

``python -m tests.sync.server_host`` imports the server once (seconds on a slow machine),
then forks one child per ``start`` line read on stdin; the child runs
``advisor-desk-server serve --db URL --port PORT`` exactly as head office would, so a
restart costs what the real ``serve`` does before it listens (migrations check, CA) and not
the imports. The host itself stays single-threaded, so forking it is safe.

Commands (one JSON list a line), each answered by one line on stdout:

- ``["start", URL, PORT]`` → ``pid N`` (the caller polls the port until it listens);
- ``["reap", PID]`` → ``reaped STATUS`` (waits for a child the caller killed itself, so that the
  kill lands exactly when it wants: mid-batch);
- ``["stop", PID]`` → ``stopped STATUS``: SIGTERM (graceful), SIGKILL after 10 s;
- end of input: every child is stopped, then the host exits.

:class:`ServerHost` is the test side of the host, :class:`RestartableServer` one server.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO


def _serve_child(db_url: str, port: str) -> None:
    from server import cli

    code = 1
    try:
        code = cli.main(["serve", "--db", db_url, "--port", port])
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _stop(pid: int) -> int:
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def host() -> int:
    # Import what ``serve`` needs before the first fork, so that each child starts warm.
    import uvicorn  # noqa: F401

    import server.api
    import server.cli
    import server.startup  # noqa: F401
    from server.compat import accepted_client_revisions

    accepted_client_revisions()  # cached: read from the client's migration scripts once
    children: set[int] = set()
    for line in sys.stdin:
        command, *args = json.loads(line)
        if command == "start":
            child = os.fork()
            if child == 0:
                devnull = os.open(os.devnull, os.O_RDONLY)
                os.dup2(devnull, 0)
                os.dup2(2, 1)  # the child's output goes to the host's stderr (a log file)
                _serve_child(*args)
            children.add(child)
            answer = f"pid {child}"
        elif command == "reap":
            children.discard(int(args[0]))
            answer = f"reaped {os.waitpid(int(args[0]), 0)[1]}"
        elif command == "stop":
            children.discard(int(args[0]))
            answer = f"stopped {_stop(int(args[0]))}"
        else:
            answer = f"unknown {command!r}"
        print(answer, flush=True)
    for child in children:
        _stop(child)
    return 0


def _wait_listening(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class ServerHost:
    """The host process (one per test session: its imports are the slow part)."""

    def __init__(self, log: Path) -> None:
        self.log_path = log
        self._lock = threading.Lock()
        self._log: IO[bytes] = log.open("ab")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.server_host"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=Path(__file__).resolve().parents[2],
            text=True,
        )

    def ask(self, *command: str) -> str:
        assert self._process.stdin is not None and self._process.stdout is not None
        with self._lock:
            self._process.stdin.write(json.dumps(command) + "\n")
            self._process.stdin.flush()
            answer = self._process.stdout.readline().strip()
        assert answer, f"the server host died (see {self.log_path}):\n{self.log_tail()}"
        return answer

    def log_tail(self, lines: int = 30) -> str:
        self._log.flush()
        with contextlib.suppress(OSError):
            text = self.log_path.read_text(errors="replace")
            return "\n".join(text.splitlines()[-lines:])
        return ""

    def close(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()  # the host stops its children and exits
        try:
            self._process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
        self._log.close()


class RestartableServer:
    """``advisor-desk-server serve --db URL --port PORT`` in a child of ``host``: ``kill()``
    is a SIGKILL (from any thread: the fault proxy kills it while a push is in flight) and
    ``start()`` serves the same database on the same port again."""

    def __init__(self, host: ServerHost, db_url: str, port: int) -> None:
        self.host, self.db_url, self.port = host, db_url, port
        self.starts = self.kills = 0
        self._lock = threading.RLock()
        self._pid: int | None = None

    @property
    def running(self) -> bool:
        return self._pid is not None

    def start(self, timeout: float = 120) -> None:
        """Start serving and wait until the port listens (the first start of a session
        waits for the host's imports too)."""
        with self._lock:
            assert self._pid is None, "already running"
            answer = self.host.ask("start", self.db_url, str(self.port))
            assert answer.startswith("pid "), answer
            self._pid = int(answer.split()[1])
            self.starts += 1
            try:
                _wait_listening(self.port, timeout)
            except OSError:
                tail = self.host.log_tail()
                raise AssertionError(f"the server did not start:\n{tail}") from None

    def kill(self) -> bool:
        """SIGKILL the server, whatever it is doing; False if it was not running."""
        with self._lock:
            if self._pid is None:
                return False
            pid, self._pid = self._pid, None
            os.kill(pid, signal.SIGKILL)
            self.kills += 1
            answer = self.host.ask("reap", str(pid))
            assert answer.startswith("reaped "), answer
            return True

    def ensure_running(self) -> None:
        with self._lock:
            if self._pid is None:
                self.start()

    def stop(self) -> None:
        """Stop gracefully (SIGTERM)."""
        with self._lock:
            if self._pid is not None:
                pid, self._pid = self._pid, None
                self.host.ask("stop", str(pid))


if __name__ == "__main__":
    sys.exit(host())
