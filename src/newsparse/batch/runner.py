"""Parse many documents: in worker processes, with a per-document time limit, in input order.

:func:`parse_many` is the public entry point (``newsparse.parse_many``); :func:`iter_parsed` is
the same machinery with the source id and URL of every result, for the batch command.

How it works: ``workers`` processes are started (``spawn`` by default: safe with threads and on
every platform), each builds one :class:`~newsparse.api.Parser` once and then parses one document
at a time, sent over its own pipe. The parent reads the inputs lazily, keeps at most ``window``
documents between "read" and "handed out", and hands results out in input order whatever the
worker that finished first.

Time limit, two layers: inside the worker a ``SIGALRM`` timer interrupts a document after
``timeout`` seconds (the worker goes on with the next one); a worker that does not answer within
``timeout + grace`` seconds (stuck in C code, signals blocked) is killed and replaced. Either
way the document becomes ``Failure(source_id, "DocumentTimeout", ...)``. A worker that dies
(segfault, out of memory) costs only its current document (``WorkerCrashed``) and is replaced.

``workers=0`` parses in the calling process (no isolation; in the main thread the time limit is
a ``SIGALRM`` timer, elsewhere an asynchronous exception, see :class:`_Alarm`).

``Parser.pipe`` is this same machinery with ``errors="raise"``: the first failure is raised
instead of yielded (in-process: the original exception; from a worker: the worker's exception
when it can be pickled, else an equivalent newsparse error, see :meth:`Failure.as_error`).

A script that calls this with ``workers >= 1`` must guard its top level with
``if __name__ == "__main__":`` (the ``spawn`` start method imports the main module in workers).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import multiprocessing.connection as mpc
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import FrameType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ..errors import BackendError, ConfigError, DocumentTimeout
from ..options import DEFAULT_TIMEOUT_S, ParseOptions
from .records import Failure, FailureType, Record

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from ..api import Parser
    from ..model import Release

__all__ = ["DEFAULT_GRACE_S", "Failure", "Outcome", "Record", "iter_parsed", "parse_many"]

#: Seconds a worker may overrun the time limit (it should have interrupted itself) before it is
#: killed and replaced.
DEFAULT_GRACE_S = 5.0

#: What ``parse_many`` accepts: text or bytes (source id = position), a ``Record``, a
#: ``(source_id, content)`` or ``(source_id, content, url)`` tuple, or a ``Failure`` from a
#: reader (passed through in its place).
Item = str | bytes | Record | Failure | tuple[Any, ...]
#: Applied to each ``Release`` inside the worker (must be picklable: a module-level function).
Transform = Callable[["Release"], Any]


#: What a failed document does: ``"yield"`` a :class:`Failure` in its place and go on, or
#: ``"raise"`` its exception (``Parser.pipe``'s default).
Errors = Literal["yield", "raise"]


class Outcome(NamedTuple):
    """One result of :func:`iter_parsed`: the value is a ``Release`` (or what ``transform`` made
    of it) or a :class:`Failure`; ``error`` is the exception behind a failure when it is known
    (kept only with ``errors="raise"``)."""

    source_id: str
    url: str | None
    result: Any
    error: BaseException | None = None


# --------------------------------------------------------------------------- public API


def parse_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    backend: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    options: ParseOptions | None = None,
    parser: Parser | None = None,
) -> Iterator[Release | Failure]:
    """Parse ``items`` and yield, in input order, a ``Release`` or a :class:`Failure` for each.

    ``items``: an iterable (read lazily) of ``str``/``bytes`` releases, ``Record`` objects,
    ``(source_id, content[, url])`` tuples, or ``Failure`` objects (passed through), e.g.
    ``newsparse.batch.iter_records(["archive.zip"])``.
    ``workers``: worker processes (``0``: parse in this process). ``backend``: ``auto`` |
    ``rules`` | ``stanza`` (overrides ``options.backend``). ``timeout``: seconds per document
    (``None``: no limit); a document over it is ``Failure(..., "DocumentTimeout", ...)``.
    ``parser``: reuse this parser in-process (``workers=0``), or copy its options (``workers>0``).

    >>> from newsparse.batch.runner import parse_many
    >>> results = parse_many(["Ministrija rīt tiksies.", b""], workers=0, backend="rules")
    >>> [type(r).__name__ for r in results]
    ['Release', 'Failure']
    """
    for outcome in iter_parsed(
        items, workers=workers, backend=backend, timeout=timeout, options=options, parser=parser
    ):
        yield outcome.result


def iter_parsed(
    items: Iterable[Item],
    *,
    workers: int = 1,
    backend: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    options: ParseOptions | None = None,
    parser: Parser | None = None,
    transform: Transform | None = None,
    window: int | None = None,
    grace: float = DEFAULT_GRACE_S,
    start_method: str = "spawn",
    errors: Errors = "yield",
) -> Iterator[Outcome]:
    """:func:`parse_many` with each result's source id and URL (an :class:`Outcome`).

    ``transform``: a picklable function applied to each ``Release`` in the worker (its value is
    handed out instead; e.g. serialisation, so the parent process does less). ``window``: the most
    documents between read and handed out (default ``32 * workers``; bounds memory).
    ``grace``: see :data:`DEFAULT_GRACE_S`. ``start_method``: ``spawn`` | ``forkserver`` | ``fork``.
    ``errors``: ``"yield"`` failures as :class:`Failure` results, or ``"raise"`` the first one
    (the documents before it are handed out first; the workers are stopped).
    Configuration errors (unknown backend, missing models) raise before any document is parsed.
    """
    if errors not in ("yield", "raise"):
        raise ConfigError(f"errors must be 'yield' or 'raise', got {errors!r}")
    outcomes = _outcomes(
        items,
        workers=workers,
        backend=backend,
        timeout=timeout,
        options=options,
        parser=parser,
        transform=transform,
        window=window,
        grace=grace,
        start_method=start_method,
        keep_errors=errors == "raise",
    )
    return outcomes if errors == "yield" else _raising(outcomes)


def _raising(outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
    for oc in outcomes:
        if isinstance(oc.result, Failure):
            if oc.error is not None:
                raise oc.error
            raise oc.result.as_error()
        yield oc


def _outcomes(
    items: Iterable[Item],
    *,
    workers: int,
    backend: str | None,
    timeout: float | None,
    options: ParseOptions | None,
    parser: Parser | None,
    transform: Transform | None,
    window: int | None,
    grace: float,
    start_method: str,
    keep_errors: bool,
) -> Iterator[Outcome]:
    if workers < 0:
        raise ConfigError(f"workers must be >= 0, got {workers}")
    if timeout is not None and timeout <= 0:
        timeout = None
    opts = options or (parser.options if parser is not None else ParseOptions())
    if backend is not None:
        opts = dataclasses.replace(opts, backend=backend)
    if workers == 0:
        if parser is None or parser.options != opts:
            from ..api import Parser

            parser = Parser(opts)
        return _run_inline(items, parser, transform, timeout, keep_errors)
    return _run_pool(
        items,
        workers=workers,
        options=opts,
        transform=transform,
        timeout=timeout,
        window=window or 32 * workers,
        grace=grace,
        ctx=multiprocessing.get_context(start_method),
        keep_errors=keep_errors,
    )


# --------------------------------------------------------------------------- one document


#: Parsed once, without a time limit, before the first document: lazy initialisations (language
#: profiles, lexicon caches) must not run under a document's timer, where an interruption could
#: leave them half done.
_WARM_UP = "Ministrija 2021. gada 5. martā paziņoja, ka Rīgā tiks atvērts jauns centrs."


def _warm_up(parser: Parser) -> None:
    try:
        parser.parse(_WARM_UP)
    except Exception:  # a broken pipeline shows itself on the first real document
        pass


def _as_record(position: int, item: Any) -> Record | Failure:
    if isinstance(item, (Record, Failure)):
        return item
    if isinstance(item, (str, bytes)):
        return Record(str(position), item)
    if isinstance(item, (bytearray, memoryview)):
        return Record(str(position), bytes(item))
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[1], (str, bytes)):
        url = item[2] if len(item) == 3 else None
        return Record(str(item[0]), item[1], url if isinstance(url, str) else None)
    return Failure(str(position), "InputError", f"cannot parse a {type(item).__name__}")


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:2000] or type(e).__name__


class _Alarm:
    """Interrupts the current document with ``DocumentTimeout`` after ``seconds``; armed around
    each document. In the main thread of a POSIX process: a ``SIGALRM`` timer (also interrupts
    the ``regex`` module, which checks for signals). In any other thread (Ray actors, a caller's
    thread pool): a timer thread raises the exception asynchronously in the parsing thread
    (``PyThreadState_SetAsyncExc``), which takes effect at the next Python bytecode; a lock and a
    final clear make sure it can never land after the document is done."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self._previous: Any = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._armed = False

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"parsing took longer than the {self.seconds:g} s limit")

    def _fire_async(self, thread_id: int) -> None:
        with self._lock:
            if self._armed:
                _set_async_exc(thread_id, DocumentTimeout)

    def __enter__(self) -> None:
        if not self.seconds:
            return
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            return
        self._armed = True
        self._timer = threading.Timer(self.seconds, self._fire_async, (threading.get_ident(),))
        self._timer.daemon = True
        self._timer.start()

    def __exit__(self, *exc: object) -> None:
        if not self.seconds:
            return
        if self._timer is None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
            return
        with self._lock:
            self._armed = False
            self._timer.cancel()
            self._timer = None
            _set_async_exc(threading.get_ident(), None)  # drop one set but not yet delivered


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id),
        ctypes.py_object(exc) if exc is not None else ctypes.c_void_p(None),
    )


def _parse_one(
    parser: Parser,
    content: str | bytes,
    url: str | None,
    transform: Transform | None,
    alarm: _Alarm,
) -> tuple[bool, Any, Exception | None]:
    """``(True, release_or_transformed, None)`` or ``(False, (error_type, message), exception)``;
    never raises for a document's sake."""
    try:
        with alarm:
            release = parser.parse(content, url=url)
            value = transform(release) if transform is not None else release
    except Exception as e:  # one document's failure, whatever it is, must not stop the run
        return False, (type(e).__name__, _one_line(e)), e
    return True, value, None


def _run_inline(
    items: Iterable[Item],
    parser: Parser,
    transform: Transform | None,
    timeout: float | None,
    keep_errors: bool = False,
) -> Iterator[Outcome]:
    alarm = _Alarm(timeout)
    if timeout is not None:
        _warm_up(parser)
    for i, item in enumerate(items):
        rec = _as_record(i, item)
        if isinstance(rec, Failure):
            yield Outcome(rec.source_id, None, rec)
            continue
        ok, value, exc = _parse_one(parser, rec.content, rec.url, transform, alarm)
        if ok:
            yield Outcome(rec.source_id, rec.url, value)
        else:
            error = exc if keep_errors else None
            yield Outcome(rec.source_id, rec.url, Failure(rec.source_id, *value), error)


# --------------------------------------------------------------------------- worker process


def _pickled(e: BaseException) -> bytes | None:
    try:
        return pickle.dumps(e)
    except Exception:
        return None


def _unpickled(blob: Any) -> BaseException | None:
    if not isinstance(blob, bytes):
        return None
    try:
        err = pickle.loads(blob)
    except Exception:
        return None
    return err if isinstance(err, BaseException) else None


def _worker_main(
    conn: Connection,
    options: ParseOptions,
    transform: Transform | None,
    timeout: float | None,
    send_errors: bool = False,
) -> None:
    """Build one Parser, then parse ``(seq, content, url)`` tasks until ``None`` or EOF. With
    ``send_errors`` a failure also carries the pickled exception (for ``errors="raise"``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    try:
        from ..api import Parser

        parser = Parser(options)
    except BaseException as e:
        conn.send(("init_error", type(e).__name__, _one_line(e), _pickled(e)))
        return
    _warm_up(parser)
    conn.send(("ready",))
    alarm = _Alarm(timeout)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, content, url = task
        ok, value, exc = _parse_one(parser, content, url, transform, alarm)
        if exc is not None and send_errors:
            value = (*value, _pickled(exc))
        try:
            conn.send((seq, ok, value))
        except (EOFError, OSError):
            return
        except Exception as e:  # the value could not be pickled
            conn.send((seq, False, (type(e).__name__, f"result not transferable: {_one_line(e)}")))


class _Slot:
    """One worker process, its pipe, and the document it is parsing (``seq``, since when)."""

    def __init__(self, ctx: BaseContext, args: tuple[Any, ...]) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn: Connection = parent
        self.proc: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, *args), daemon=True, name="newsparse-worker"
        )
        self.proc.start()
        child.close()
        self.ready = False
        self.seq: int | None = None
        self.since = 0.0

    def send(self, seq: int, rec: Record) -> None:
        self.seq, self.since = seq, time.monotonic()
        self.conn.send((seq, rec.content, rec.url))

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except Exception:
            pass

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _raise_init_error(msg: tuple[Any, ...]) -> None:
    _, etype, text, blob = msg
    err = _unpickled(blob)
    if err is not None:
        raise err
    raise BackendError(f"a worker could not build the parser: {etype}: {text}")


def _run_pool(
    items: Iterable[Item],
    *,
    workers: int,
    options: ParseOptions,
    transform: Transform | None,
    timeout: float | None,
    window: int,
    grace: float,
    ctx: BaseContext,
    keep_errors: bool = False,
) -> Iterator[Outcome]:
    args = (options, transform, timeout, keep_errors)
    slots = [_Slot(ctx, args) for _ in range(workers)]
    hard_limit = None if timeout is None else timeout + grace
    results: dict[int, Outcome] = {}
    meta: dict[int, tuple[str, str | None]] = {}
    it = iter(items)
    next_seq = next_out = 0
    exhausted = False

    def settle(seq: int, result: Any, error: BaseException | None = None) -> None:
        sid, url = meta.pop(seq)
        results[seq] = Outcome(sid, url, result, error)

    def fail(slot: _Slot, error_type: str, message: str) -> None:
        if slot.seq is not None:
            sid = meta[slot.seq][0]
            settle(slot.seq, Failure(sid, error_type, message))
        slot.seq = None

    def replace(slot: _Slot) -> _Slot:
        slot.kill()
        fresh = _Slot(ctx, args)
        slots[slots.index(slot)] = fresh
        return fresh

    try:
        while True:
            # hand documents to idle workers
            for slot in list(slots):
                while (
                    slot.ready
                    and slot.seq is None
                    and not exhausted
                    and next_seq - next_out < window
                ):
                    try:
                        item = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    rec = _as_record(next_seq, item)
                    seq, next_seq = next_seq, next_seq + 1
                    if isinstance(rec, Failure):
                        results[seq] = Outcome(rec.source_id, None, rec)
                        continue
                    meta[seq] = (rec.source_id, rec.url)
                    try:
                        slot.send(seq, rec)
                    except (OSError, ValueError) as e:  # the worker died between documents
                        fail(
                            slot, FailureType.WORKER_CRASHED, f"worker unreachable: {_one_line(e)}"
                        )
                        slot = replace(slot)
            # hand results out in input order
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_seq:
                return
            # wait for a result, a worker's death, or the next deadline
            wait_s: float | None = None
            now = time.monotonic()
            if hard_limit is not None:
                busy = [s.since + hard_limit - now for s in slots if s.seq is not None]
                wait_s = max(0.0, min(busy)) if busy else None
            waitables: list[Any] = [s.conn for s in slots] + [s.proc.sentinel for s in slots]
            ready = set(mpc.wait(waitables, wait_s))
            for slot in list(slots):
                if slot.conn in ready:
                    try:
                        msg = slot.conn.recv()
                    except (EOFError, OSError):
                        msg = None
                    if msg is None:
                        pass  # the pipe closed: handled as a death below
                    elif msg[0] == "ready":
                        slot.ready = True
                        continue
                    elif msg[0] == "init_error":
                        _raise_init_error(msg)
                    else:
                        seq, ok, value = msg
                        if ok:
                            settle(seq, value)
                        else:
                            failure = Failure(meta[seq][0], value[0], value[1])
                            error = _unpickled(value[2]) if len(value) > 2 else None
                            settle(seq, failure, error)
                        slot.seq = None
                        continue
                if slot.proc.sentinel in ready or slot.conn in ready:
                    if not slot.ready:
                        code = slot.proc.exitcode
                        raise BackendError(
                            f"a worker died while building the parser (exit code {code})"
                        )
                    code = slot.proc.exitcode
                    fail(
                        slot,
                        FailureType.WORKER_CRASHED,
                        f"the worker process died (exit code {code})",
                    )
                    replace(slot)
                elif hard_limit is not None and slot.seq is not None:
                    if time.monotonic() - slot.since > hard_limit:
                        fail(
                            slot,
                            FailureType.DOCUMENT_TIMEOUT,
                            f"no result after {hard_limit:g} s; the worker was killed",
                        )
                        replace(slot)
    finally:
        for slot in slots:
            slot.stop()
        deadline = time.monotonic() + 2.0
        for slot in slots:
            slot.proc.join(max(0.0, deadline - time.monotonic()))
            slot.kill()
