"""Background daemon that drains the print queue and forwards jobs to printers."""
import atexit
import logging
import logging.handlers
import os
import signal
import sys
import time

from printq.queue import JobQueue
from printq.dispatch import dispatch

PIDFILE = os.environ.get("PRINTQ_PIDFILE", "/run/printq/printq.pid")
POLL_INTERVAL = 2.0

log = logging.getLogger("printq")


def daemonize() -> None:
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)

    os.chdir("/")
    os.umask(0)

    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.devnull, "rb") as devnull_in, open(os.devnull, "ab") as devnull_out:
        os.dup2(devnull_in.fileno(), sys.stdin.fileno())
        os.dup2(devnull_out.fileno(), sys.stdout.fileno())
        os.dup2(devnull_out.fileno(), sys.stderr.fileno())

    with open(PIDFILE, "w") as fh:
        fh.write(str(os.getpid()))
    atexit.register(lambda: os.path.exists(PIDFILE) and os.remove(PIDFILE))


def run() -> None:
    stop = False

    def _term(signum, frame):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _term)
    queue = JobQueue.from_env()
    while not stop:
        job = queue.claim()
        if job is None:
            time.sleep(POLL_INTERVAL)
            continue
        try:
            dispatch(job)
            queue.complete(job)
        except Exception:
            log.exception("job %s failed", job.id)
            queue.fail(job)


if __name__ == "__main__":
    handler = logging.handlers.SysLogHandler(address="/dev/log")
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    daemonize()
    run()
