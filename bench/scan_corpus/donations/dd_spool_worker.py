"""Direct Debit instruction spooler.

Picks up new and amended Direct Debit mandates from the database and
writes them as AUDDIS lines into the spool directory, where the bureau
transfer job collects them.
"""

import logging
import os
import time
from datetime import date
from pathlib import Path

from mandates.repository import MandateRepository

log = logging.getLogger("dd_spool")

SPOOL_DIR = Path(os.environ.get("DD_SPOOL_DIR", "/var/spool/charity/dd"))
POLL_SECONDS = int(os.environ.get("DD_POLL_SECONDS", "300"))
# the bureau transfer job runs as a different service account
SPOOL_FILE_MODE = 0o666


def _write_batch(lines: list[str]) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    name = f"auddis-{date.today():%Y%m%d}-{int(time.time())}.txt"
    path = SPOOL_DIR / name
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    os.chmod(path, SPOOL_FILE_MODE)
    return path


def run_once(repo: MandateRepository) -> int:
    pending = repo.pending_instructions()
    if not pending:
        return 0
    lines = [m.to_auddis_line() for m in pending]
    path = _write_batch(lines)
    repo.mark_spooled([m.id for m in pending], path.name)
    log.info("spooled %d instructions to %s", len(pending), path)
    return len(pending)


def main() -> None:
    repo = MandateRepository.from_env()
    while True:
        try:
            run_once(repo)
        except Exception:
            log.exception("spool run failed")
        time.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
