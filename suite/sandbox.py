"""Running untrusted code (a model's edit under a task's hidden checks) inside bubblewrap.

What the sandboxed process gets:

- no network: a new network namespace holds only its own loopback interface (the host's is not reachable);
- its own PID, IPC, UTS and (where possible) cgroup namespaces; a new session (no terminal injection);
  no capabilities and no_new_privs (setuid programs gain nothing);
- the system read-only (`/` bound read-only), a fresh `/dev` and `/proc`, a fresh size-capped `/tmp`;
- nothing of anyone's home, of `/run` or of shared temp directories; every filesystem socket the host
  has bound is masked (a read-only mount does not stop `connect()` on a Unix socket);
- write access to one directory: the worktree, bound at its own path;
- a clean environment (the caller's variables, API keys included, do not pass);
- limits on CPU seconds, address space, processes, file size and open files, and a wall-clock timeout
  after which the whole sandbox is killed.

Started by root, the command runs as a fresh unprivileged uid (from `SANDBOX_UIDS`) that owns the
worktree: the kernel never applies the process limit to root, not even to root inside a user namespace.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from suite.errors import SuiteError

# Started by root, each sandbox runs as its own unprivileged uid drawn from this range: it owns nothing
# on the host, and concurrent sandboxes do not share the process limit (the kernel counts it per uid).
SANDBOX_UIDS = range(2_100_000_000, 2_110_000_000)
SANDBOX_HOME = "/tmp/home"  # inside the sandbox's private /tmp: nothing written there survives

# Directories that may hold secrets or live sockets; each is replaced by an empty tmpfs.
_HIDDEN = ("/tmp", "/var/tmp", "/run", "/root", "/home", "/dev/shm", "/mnt", "/media")

# Runs first inside the sandbox: applies the limits, leaves root when started as root, then becomes
# the command (argv: cpu mem nproc fsize nofile uid -- command...).
_LIMITER = """\
import os, resource, sys
cpu, mem, nproc, fsize, nofile, uid = (int(v) for v in sys.argv[1:7])
for res, soft, hard in ((resource.RLIMIT_CPU, cpu, cpu + 1), (resource.RLIMIT_AS, mem, mem),
                        (resource.RLIMIT_NPROC, nproc, nproc), (resource.RLIMIT_FSIZE, fsize, fsize),
                        (resource.RLIMIT_NOFILE, nofile, nofile), (resource.RLIMIT_CORE, 0, 0)):
    resource.setrlimit(res, (soft, hard))
if uid >= 0:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # leaving uid 0 clears the last two capabilities
    assert os.getuid() == uid and os.geteuid() == uid
os.execvp(sys.argv[8], sys.argv[8:])
"""


@dataclass(frozen=True)
class Limits:
    """Per-process CPU seconds, address space, processes, file size and open files; wall-clock for all."""

    wall_seconds: float = 180
    cpu_seconds: int = 120
    memory_bytes: int = 3 << 30
    processes: int = 256  # threads count too
    file_bytes: int = 64 << 20
    open_files: int = 512
    tmp_bytes: int = 256 << 20  # size of the private /tmp
    output_bytes: int = 64 << 10  # how much of the combined output is kept (its tail)


@dataclass(frozen=True)
class SandboxResult:
    returncode: int | None  # None: killed at the wall-clock limit
    output: str  # the tail of stdout and stderr together
    timed_out: bool

    @property
    def reason(self) -> str:
        """How the command ended, in words."""
        if self.timed_out:
            return "killed at the wall-clock limit"
        code = self.returncode or 0
        if code < 0:
            return f"killed by {signal.Signals(-code).name}" if -code in signal.valid_signals() else f"signal {-code}"
        return f"exit {code}"


def bwrap_path() -> str | None:
    """$SUITE_BWRAP if set, else bwrap on PATH."""
    return os.environ.get("SUITE_BWRAP") or shutil.which("bwrap")


def _is_under(path: str, parent: str) -> bool:
    return path == parent or path.startswith(parent.rstrip("/") + "/")


def _host_sockets() -> list[str]:
    """Filesystem paths of the Unix sockets bound in this network namespace."""
    try:
        lines = Path("/proc/net/unix").read_text().splitlines()[1:]
    except OSError:
        return []
    paths = {parts[7] for parts in (line.split() for line in lines) if len(parts) >= 8 and parts[7].startswith("/")}
    return sorted(paths)


def _python_roots() -> list[str]:
    """What the sandboxed Python needs to start: its prefixes (the venv and the base install)."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, str(Path(sys.executable).parent),
             str(Path(os.path.realpath(sys.executable)).parent.parent)}
    return sorted(os.path.realpath(r) for r in roots if r and os.path.isdir(r))


def _parents(path: str, hidden: list[str]) -> list[str]:
    """Traversable directories (0755) leading to `path` inside the empty tmpfs it lies under; bwrap
    would create them 0700, closed to the sandbox user."""
    top = next((h for h in hidden if _is_under(path, h)), None)
    if top is None:
        return []
    out: list[str] = []
    for parent in reversed(Path(path).parents):
        if _is_under(str(parent), top) and str(parent) != top:
            out += ["--perms", "0755", "--dir", str(parent)]
    return out


def bwrap_argv(worktree: Path, command: list[str], limits: Limits, *, readonly: tuple[Path, ...] = (),
               env: dict[str, str] | None = None, bwrap: str = "bwrap", uid: int | None = None) -> list[str]:
    """The full command line: bwrap, its mounts and namespaces, the limiter, then `command` in `worktree`.
    `uid` is set when started by root: the uid the command runs as."""
    as_root = uid is not None
    work = os.path.realpath(worktree)
    hidden: list[str] = []
    for path in (*_HIDDEN, os.path.realpath(os.path.expanduser("~"))):
        covered = any(_is_under(path, h) for h in hidden)
        if path != "/" and os.path.isdir(path) and not os.path.islink(path) and not covered:
            hidden.append(path)
    if as_root:
        # Privileged bwrap can read a Python installed under /root; the limiter keeps only the
        # capabilities it needs to become the sandbox uid, and loses those too when it does.
        argv = [bwrap, "--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        # Unprivileged bwrap needs a user namespace; the sandbox may not create further ones.
        argv = [bwrap, "--unshare-user", "--disable-userns"]
    argv += ["--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
             "--hostname", "sandbox", "--die-with-parent", "--new-session",
             "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
             "--perms", "1777", "--size", str(limits.tmp_bytes), "--tmpfs", "/tmp"]
    for path in hidden:
        if path not in ("/tmp", "/dev/shm"):  # the fresh /dev already holds no shared memory of the host
            argv += ["--tmpfs", path]
    # Mounts stack in order: what must stay visible under a hidden directory (a venv under $HOME, the
    # checks in a temp dir, the worktree itself) is bound again on top of the empty tmpfs.
    rebound = [r for r in _python_roots() if any(_is_under(r, h) for h in hidden)]
    rebound += [os.path.realpath(p) for p in readonly]
    for path in rebound:
        argv += _parents(path, hidden) + ["--ro-bind", path, path]
    argv += _parents(work, hidden) + ["--bind", work, work]
    rebound.append(work)
    # A read-only mount does not stop connect() on a Unix socket: mask every one left in sight.
    for sock in _host_sockets():
        visible = not any(_is_under(sock, h) for h in hidden) or any(_is_under(sock, r) for r in rebound)
        if visible and os.path.exists(sock):
            argv += ["--ro-bind", "/dev/null", sock]
    argv += ["--perms", "1777", "--dir", SANDBOX_HOME, "--chdir", work, "--clearenv"]
    base_env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": SANDBOX_HOME, "TMPDIR": "/tmp", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
    }
    for key, value in {**base_env, **(env or {})}.items():
        argv += ["--setenv", key, value]
    argv += ["--", sys.executable, "-I", "-S", "-c", _LIMITER, str(limits.cpu_seconds), str(limits.memory_bytes),
             str(limits.processes), str(limits.file_bytes), str(limits.open_files), str(-1 if uid is None else uid),
             "--", *command]
    return argv


def _hand_over(path: Path, uid: int) -> None:
    """Give a tree to the sandbox's uid (only when started by root; other users keep their own files)."""
    for dirpath, dirnames, filenames in os.walk(path):
        for name in [dirpath, *(os.path.join(dirpath, n) for n in dirnames + filenames)]:
            os.lchown(name, uid, uid)


def _make_readable(path: Path) -> None:
    """A read-only input (the checks) must be readable by the sandbox user."""
    for dirpath, _dirnames, filenames in os.walk(path):
        os.chmod(dirpath, os.stat(dirpath).st_mode | 0o555)
        for name in filenames:
            full = os.path.join(dirpath, name)
            if os.path.isfile(full) and not os.path.islink(full):
                os.chmod(full, os.stat(full).st_mode | 0o444)


def run_sandboxed(command: list[str], worktree: Path, limits: Limits = Limits(), *, readonly: tuple[Path, ...] = (),
                  env: dict[str, str] | None = None) -> SandboxResult:
    """Run `command` with `worktree` as cwd and its only writable directory. The worktree is given to
    the sandbox: pass a copy when its contents matter afterwards. Raises SuiteError when bwrap is missing."""
    bwrap = bwrap_path()
    if bwrap is None:
        raise SuiteError("bubblewrap (bwrap) is not installed; install it (apt-get install bubblewrap)")
    uid = None
    if os.geteuid() == 0:
        uid = SANDBOX_UIDS[secrets.randbelow(len(SANDBOX_UIDS))]
        _hand_over(worktree, uid)
        for path in readonly:
            _make_readable(path)
    argv = bwrap_argv(worktree, command, limits, readonly=readonly, env=env, bwrap=bwrap, uid=uid)
    with tempfile.TemporaryFile() as out:
        # A file, not a pipe: its size is bounded by RLIMIT_FSIZE and nothing is buffered in this process.
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, close_fds=True)
        timed_out = False
        try:
            proc.wait(timeout=limits.wall_seconds)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            # bwrap leads the process group; its death takes the sandbox's PID namespace (and every
            # process in it, whatever session they made) with it.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
        size = out.seek(0, os.SEEK_END)
        out.seek(max(0, size - limits.output_bytes))
        text = out.read().decode("utf-8", errors="replace")
    return SandboxResult(None if timed_out else proc.returncode, text, timed_out)


_PROBE = """\
assert sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]) == ['lo'], 'network visible'
try:
    open('/etc/.suite-sandbox-probe', 'w')
except OSError:
    pass
else:
    raise SystemExit('the root filesystem is writable')
open('probe', 'w').write('ok')
print('sandbox ok')
"""


@functools.lru_cache(maxsize=1)
def sandbox_problem() -> str | None:
    """Why the sandbox cannot be used on this machine, or None when it works (probed once)."""
    bwrap = bwrap_path()
    if bwrap is None:
        return "bubblewrap (bwrap) is not installed"
    with tempfile.TemporaryDirectory(prefix="suite-probe-") as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        try:
            result = run_sandboxed([sys.executable, "-I", "-c", _PROBE], work, Limits(wall_seconds=30))
        except (OSError, SuiteError) as exc:
            return f"cannot start bwrap: {exc}"
        if result.returncode != 0 or not (work / "probe").is_file():
            lines = [line for line in result.output.strip().splitlines() if line.strip()]
            return f"bwrap does not work here ({result.reason}): {lines[-1] if lines else 'no output'}"
    return None


def sandbox_available() -> bool:
    return sandbox_problem() is None


def require_sandbox(unsafe: bool = False) -> None:
    """Refuse to go on without a working sandbox, unless the caller explicitly accepts the risk."""
    problem = sandbox_problem()
    if problem and not unsafe:
        raise SuiteError(f"cannot run checks on model output without a sandbox: {problem}; "
                         "install bubblewrap or pass --unsafe-run-checks to run them unconfined")


__all__ = ["Limits", "SandboxResult", "run_sandboxed", "bwrap_argv", "sandbox_available", "sandbox_problem",
           "require_sandbox", "SANDBOX_UIDS"]
