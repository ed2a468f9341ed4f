"""Metrics collector daemon for appliance hosts."""
import logging
import logging.handlers
import os
import signal
import sys
import time

from collector.probes import collect_all
from collector.sink import Sink

RUN_DIR = os.environ.get("COLLECTOR_RUN_DIR", "/run/collector")
SPOOL_DIR = os.environ.get("COLLECTOR_SPOOL_DIR", "/var/spool/collector")
INTERVAL = float(os.environ.get("COLLECTOR_INTERVAL", "15"))

log = logging.getLogger("collector")


def daemonize() -> None:
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)
    os.chdir("/")
    os.umask(0o077)

    with open(os.devnull, "rb") as dn_in, open(os.devnull, "ab") as dn_out:
        os.dup2(dn_in.fileno(), sys.stdin.fileno())
        os.dup2(dn_out.fileno(), sys.stdout.fileno())
        os.dup2(dn_out.fileno(), sys.stderr.fileno())


def prepare_dirs() -> None:
    os.makedirs(SPOOL_DIR, exist_ok=True)
    os.makedirs(RUN_DIR, exist_ok=True)
    # the status page (different user) only needs to traverse and read the pid file
    os.chmod(RUN_DIR, 0o755)
    with open(os.path.join(RUN_DIR, "collector.pid"), "w") as fh:
        fh.write(str(os.getpid()))
    os.chmod(os.path.join(RUN_DIR, "collector.pid"), 0o644)


def main() -> None:
    handler = logging.handlers.SysLogHandler(address="/dev/log")
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    daemonize()
    prepare_dirs()
    sink = Sink(SPOOL_DIR)
    stop = False

    def _term(signum, frame):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _term)
    while not stop:
        sink.write(collect_all())
        time.sleep(INTERVAL)


if __name__ == "__main__":
    main()
