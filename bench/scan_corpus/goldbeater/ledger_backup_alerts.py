"""Nightly backup of the stock ledger database with chat alerts on failure."""
import os
import subprocess
from datetime import date

import requests

from goldbeater.settings import LEDGER_ALERT_WEBHOOK


class LedgerBackup:
    def __init__(self):
        self.db_host = os.environ.get("LEDGER_DB_HOST", "ledger-db")
        self.db_name = os.environ.get("LEDGER_DB_NAME", "ledger")
        self.db_user = os.environ.get("LEDGER_DB_USER", "ledger_backup")
        self.db_password = os.environ["LEDGER_DB_PASSWORD"]
        self.target_dir = os.environ.get("LEDGER_BACKUP_DIR", "/var/backups/ledger")

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}/{self.db_name}"

    def run(self) -> str:
        target = os.path.join(self.target_dir, f"ledger-{date.today().isoformat()}.dump")
        subprocess.run(
            ["pg_dump", "--format=custom", f"--file={target}",
             "--host", self.db_host, "--username", self.db_user, self.db_name],
            env={**os.environ, "PGPASSWORD": self.db_password},
            check=True,
            capture_output=True,
            timeout=3600,
        )
        return target

    def alert(self, error: Exception) -> None:
        text = (
            f":warning: Ledger backup failed on {date.today().isoformat()}\n"
            f"Connection: {self.dsn}\n"
            f"Error: {error}"
        )
        requests.post(LEDGER_ALERT_WEBHOOK, json={"text": text}, timeout=10)


def main() -> None:
    backup = LedgerBackup()
    try:
        backup.run()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        backup.alert(exc)
        raise


if __name__ == "__main__":
    main()
