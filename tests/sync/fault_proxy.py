"""A fault-injecting TCP proxy between a device and head office (tests only).

It listens on a loopback port and forwards to the server's port, one upstream connection per
client connection, one thread per connection. It reads HTTP/1.1 framing (request and answer
headers, ``Content-Length`` or chunked bodies) only to know where a request or an answer
ends; the bytes it forwards are the bytes it received. What happens to each request comes
from a :class:`random.Random` per connection, itself drawn from the plan's seed
(:meth:`FaultProxy.plan`):

- ``pass``: forwarded both ways;
- ``refuse``: the connection is reset as soon as it is accepted (nothing is read);
- ``drop``: the request is read and never forwarded, the connection closed (FIN or RST) —
  head office never hears of it;
- ``reset_request``: part of the request (cut in its body when it has one) reaches head
  office, then both connections are reset — head office sees a broken request;
- ``reset_answer``: the whole request is forwarded and the whole answer read (head office
  did the work), part of the answer reaches the device, then its connection is reset;
- ``truncate``: the same, but closed cleanly (FIN) after part of the answer;
- ``delay``: everything arrives, late and in two pieces.

``after_request(method, path)`` is called once a request has been forwarded whole and
before its answer is read (a test kills the server there: a restart mid-batch). A connection
to an upstream that is down is reset. :meth:`FaultProxy.close` stops everything and joins
every thread; ``errors`` lists anything unexpected that happened in the proxy itself.
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable

PASS = "pass"
REFUSE = "refuse"
DROP = "drop"
RESET_REQUEST = "reset_request"
RESET_ANSWER = "reset_answer"
TRUNCATE = "truncate"
DELAY = "delay"
# Relative weights of the faults when a request is hit.
FAULTS: dict[str, int] = {
    REFUSE: 1,
    DROP: 2,
    RESET_REQUEST: 3,
    RESET_ANSWER: 3,
    TRUNCATE: 3,
    DELAY: 2,
}
IO_TIMEOUT_S = 30.0
MAX_HEAD = 64 * 1024
MAX_DELAY_S = 0.02


class _Closed(Exception):
    """The peer closed the connection in the middle of a message."""


class _Stream:
    """Buffered reads of HTTP/1.1 messages from one socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = bytearray()

    def _fill(self) -> bool:
        data = self.sock.recv(256 * 1024)
        self.buf += data
        return bool(data)

    def _take(self, size: int) -> bytes:
        data = bytes(self.buf[:size])
        del self.buf[:size]
        return data

    def head(self) -> bytes | None:
        """The start line and headers, or None if the peer closed before a message began."""
        while (end := self.buf.find(b"\r\n\r\n")) < 0:
            if len(self.buf) > MAX_HEAD:
                raise _Closed("headers too long")
            if not self._fill():
                if self.buf:
                    raise _Closed("closed inside the headers")
                return None
        return self._take(end + 4)

    def exact(self, size: int) -> bytes:
        while len(self.buf) < size:
            if not self._fill():
                raise _Closed("closed inside the body")
        return self._take(size)

    def line(self) -> bytes:
        while (end := self.buf.find(b"\r\n")) < 0:
            if not self._fill():
                raise _Closed("closed inside a chunk header")
        return self._take(end + 2)

    def chunked(self) -> bytes:
        """A chunked body, as sent (sizes, chunks and trailer)."""
        parts = []
        while True:
            size_line = self.line()
            parts.append(size_line)
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                while (trailer := self.line()) != b"\r\n":
                    parts.append(trailer)
                parts.append(trailer)
                return b"".join(parts)
            parts.append(self.exact(size + 2))

    def until_close(self) -> bytes:
        while self._fill():
            pass
        return self._take(len(self.buf))


def _headers(head: bytes) -> tuple[list[str], dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            fields[name.strip().lower()] = value.strip()
    return lines[0].split(" "), fields


def _body(stream: _Stream, fields: dict[str, str], *, until_close: bool) -> bytes:
    if "chunked" in fields.get("transfer-encoding", "").lower():
        return stream.chunked()
    if "content-length" in fields:
        return stream.exact(int(fields["content-length"]))
    return stream.until_close() if until_close else b""


def _reset(sock: socket.socket | None) -> None:
    """Close with RST (SO_LINGER 0): the peer sees 'connection reset'."""
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _finish(sock: socket.socket | None) -> None:
    """Close cleanly (FIN)."""
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _closed_by_peer(sock: socket.socket) -> bool:
    """An idle upstream connection the server closed (say, its keep-alive ran out)."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _send(sock: socket.socket, data: bytes, rng: random.Random, delayed: bool) -> None:
    if not delayed or len(data) < 2:
        sock.sendall(data)
        return
    cut = rng.randrange(1, len(data))
    sock.sendall(data[:cut])
    time.sleep(rng.uniform(0, MAX_DELAY_S))
    sock.sendall(data[cut:])


class _Link:
    """One client connection and its upstream connection, if any."""

    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.upstream: socket.socket | None = None


class FaultProxy:
    """``127.0.0.1:<port>`` → ``127.0.0.1:<upstream_port>``, with faults as planned."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.after_request: Callable[[str, str], None] | None = None
        self.faults: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.errors: list[str] = []
        self._rng = random.Random(0)
        self._rate = 0.0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._socks: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._acceptor = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self._acceptor.start()

    def plan(self, seed: int, rate: float) -> None:
        """From now on hit each new request with probability ``rate``, drawn from ``seed``
        (connections already open keep the plan they were given)."""
        with self._lock:
            self._rng = random.Random(seed)
            self._rate = rate

    def heal(self) -> None:
        """No more faults (for connections opened from now on)."""
        self.plan(0, 0.0)

    def close(self) -> None:
        self._stopping.set()
        if self._acceptor.is_alive():
            self._acceptor.join(timeout=10)
        self._listener.close()
        with self._lock:
            socks = list(self._socks)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=10)
        alive = [t.name for t in self._threads if t.is_alive()]
        assert not alive, f"proxy threads still running: {alive}"

    # --- inside the proxy's threads -------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError as exc:
                if not self._stopping.is_set():
                    self.errors.append(f"accept: {exc!r}")
                return
            with self._lock:
                rng = random.Random(self._rng.getrandbits(64))
                rate = self._rate
                self._socks.add(client)
                self._threads = [t for t in self._threads if t.is_alive()]
                thread = threading.Thread(
                    target=self._serve, args=(client, rng, rate), name="fault-proxy-conn"
                )
                thread.daemon = True
                self._threads.append(thread)
            thread.start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.add(sock)

    def _untrack(self, *socks: socket.socket | None) -> None:
        with self._lock:
            for sock in socks:
                if sock is not None:
                    self._socks.discard(sock)

    def _choose(self, rng: random.Random, rate: float) -> str:
        if rate <= 0 or rng.random() >= rate:
            return PASS
        names = [name for name in FAULTS if name != REFUSE]
        return rng.choices(names, [FAULTS[name] for name in names])[0]

    def _count(self, fault: str) -> None:
        with self._lock:
            self.faults[fault] += 1

    def _serve(self, client: socket.socket, rng: random.Random, rate: float) -> None:
        link = _Link(client)
        try:
            client.settimeout(IO_TIMEOUT_S)
            refuse_share = FAULTS[REFUSE] / sum(FAULTS.values())
            if rate > 0 and rng.random() < rate * refuse_share:
                self._count(REFUSE)
                return
            self._relay(link, rng, rate)
        except (OSError, _Closed):
            pass  # a peer went away, or close() shut the sockets: nothing to forward
        except Exception as exc:  # a bug in the proxy: the test reports it
            self.errors.append(repr(exc))
        finally:
            self._untrack(client, link.upstream)
            _reset(link.upstream)
            _reset(client)

    def _connect(self, link: _Link) -> _Stream:
        """A fresh upstream connection (refused while the server is down: the client's
        connection is then reset)."""
        if link.upstream is not None:
            self._untrack(link.upstream)
            _reset(link.upstream)
            link.upstream = None
        upstream = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        link.upstream = upstream
        self._track(upstream)
        upstream.settimeout(IO_TIMEOUT_S)
        upstream.connect(self.upstream)
        return _Stream(upstream)

    def _relay(self, link: _Link, rng: random.Random, rate: float) -> None:
        """The requests of one connection, in turn (the caller closes its sockets)."""
        client = link.client
        requests = _Stream(client)
        answers: _Stream | None = None
        while not self._stopping.is_set():
            head = requests.head()
            if head is None:
                return
            (method, path, *_), fields = _headers(head)
            body = _body(requests, fields, until_close=False)
            fault = self._choose(rng, rate)
            self._count(fault)
            if fault == DROP:
                (_reset if rng.random() < 0.5 else _finish)(client)
                return
            if answers is None or link.upstream is None or _closed_by_peer(link.upstream):
                answers = self._connect(link)
            upstream = answers.sock
            request = head + body
            if fault == RESET_REQUEST:
                cut = len(head) + rng.randrange(len(body)) if body else rng.randrange(len(head))
                upstream.sendall(request[:cut])
                return
            _send(upstream, request, rng, fault == DELAY)
            if self.after_request is not None:
                self.after_request(method, path.split("?")[0])
            answer_head = answers.head()
            if answer_head is None:
                raise _Closed("head office closed without answering")
            (_version, status, *_), answer_fields = _headers(answer_head)
            code = int(status)
            no_body = method == "HEAD" or code in (204, 304) or code < 200
            answer_body = b"" if no_body else _body(answers, answer_fields, until_close=True)
            with self._lock:
                self.statuses[code] += 1
            answer = answer_head + answer_body
            if fault in (RESET_ANSWER, TRUNCATE):
                client.sendall(answer[: rng.randrange(len(answer))])
                if fault == TRUNCATE:
                    _finish(client)
                return
            _send(client, answer, rng, fault == DELAY)
            if "close" in answer_fields.get("connection", "").lower():
                _finish(client)
                return
