"""Create and rotate SFTP accounts used by employers to drop contribution files."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

log = logging.getLogger("onboarding.sftp")

PASSWORD_MAX_AGE = timedelta(days=90)


@dataclass
class SftpAccount:
    username: str
    home: str
    password_expires: date


class EmployerSftpAccounts:
    def __init__(self, sftp_admin, employer_repo):
        self._admin = sftp_admin
        self._employers = employer_repo

    def create(self, employer_id: str) -> tuple[SftpAccount, str]:
        username = f"emp_{employer_id.lower()}"
        home = f"/incoming/{employer_id}"
        password = secrets.token_urlsafe(18)
        self._admin.create_user(username=username, password=password, home=home, quota_mb=512)
        account = SftpAccount(username, home, date.today() + PASSWORD_MAX_AGE)
        self._employers.set_sftp_username(employer_id, username)
        log.info("created SFTP account %s (home %s, password expires %s)", username, home, account.password_expires)
        return account, password

    def rotate_password(self, employer_id: str) -> str:
        username = self._employers.get_sftp_username(employer_id)
        password = secrets.token_urlsafe(18)
        self._admin.set_password(username, password)
        log.info("password rotated for SFTP account %s", username)
        return password
