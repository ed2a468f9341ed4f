"""Provision SFTP drop-box accounts for newly onboarded employers.

Employers upload monthly contribution files to their own chrooted folder.
The generated password is returned to the admin console, which shows it once
to the onboarding officer.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

log = logging.getLogger("onboarding.sftp")


@dataclass
class SftpAccount:
    username: str
    home: str


class EmployerSftpOnboarding:
    def __init__(self, sftp_admin, employer_repo):
        self._admin = sftp_admin
        self._employers = employer_repo

    def provision(self, employer_id: str) -> tuple[SftpAccount, str]:
        employer = self._employers.get(employer_id)
        if employer is None:
            raise LookupError(employer_id)
        account = {
            "username": f"emp_{employer_id.lower()}",
            "password": secrets.token_urlsafe(18),
            "home": f"/incoming/{employer_id}",
            "quota_mb": 512,
        }
        self._admin.create_user(**account)
        log.info("provisioned SFTP account for %s: %s", employer.name, account)
        self._employers.set_sftp_username(employer_id, account["username"])
        return SftpAccount(account["username"], account["home"]), account["password"]

    def disable(self, employer_id: str) -> None:
        username = self._employers.get_sftp_username(employer_id)
        if username:
            self._admin.disable_user(username)
            log.info("disabled SFTP account %s for employer %s", username, employer_id)
