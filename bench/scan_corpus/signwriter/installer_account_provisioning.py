"""Provision accounts for freelance installers on the job sheet app.

During busy season the studio brings in freelance fitters for a few weeks.
Each one gets a temporary login that must be changed on first use.
"""
import logging
import secrets
import string

from argon2 import PasswordHasher

from signwriter.config import settings
from signwriter.mail import send_template
from signwriter.models import InstallerAccount, db

log = logging.getLogger(__name__)
hasher = PasswordHasher()

TEMP_ALPHABET = string.ascii_letters + string.digits


def temporary_password(length: int = 14) -> str:
    return "".join(secrets.choice(TEMP_ALPHABET) for _ in range(length))


class InstallerProvisioner:
    def __init__(self, session=db.session):
        self.session = session

    def create(self, full_name: str, email: str, phone: str, day_rate: int) -> tuple[InstallerAccount, str]:
        password = temporary_password()
        account = InstallerAccount(
            full_name=full_name,
            email=email.lower(),
            phone=phone,
            day_rate_pence=day_rate,
            password_hash=hasher.hash(password),
            must_change_password=True,
        )
        self.session.add(account)
        self.session.commit()
        log.info("provisioned installer %s (%s) with temporary password %s", account.id, email, password)
        send_template(
            to=email,
            template="installer_welcome",
            context={"name": full_name, "app_url": settings.JOB_SHEET_APP_URL},
        )
        return account, password

    def deactivate(self, account_id: int) -> None:
        account = self.session.get(InstallerAccount, account_id)
        if account is None:
            return
        account.active = False
        account.password_hash = None
        self.session.commit()
        log.info("deactivated installer %s", account_id)
