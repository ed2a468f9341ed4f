"""Load and sanity-check SMTP settings for order and warranty emails."""
import logging
import os
import re
import smtplib
import ssl
from dataclasses import asdict, dataclass

log = logging.getLogger("lorimer.notify.mail")

_SENSITIVE = re.compile(r"pass|secret|token|key", re.IGNORECASE)


@dataclass
class MailSettings:
    host: str
    port: int
    username: str
    password: str
    from_address: str
    reply_to: str = "workshop@lorimerworks.co.uk"

    @classmethod
    def from_env(cls) -> "MailSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            from_address=os.environ.get("MAIL_FROM", "orders@lorimerworks.co.uk"),
        )

    def redacted(self) -> dict:
        return {k: ("<redacted>" if _SENSITIVE.search(k) else v) for k, v in asdict(self).items()}


def check_connection(settings: MailSettings) -> bool:
    log.info("checking SMTP settings: %s", settings.redacted())
    context = ssl.create_default_context()
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=10) as smtp:
            smtp.starttls(context=context)
            smtp.login(settings.username, settings.password)
    except smtplib.SMTPAuthenticationError:
        log.error("SMTP login refused for user %s on %s", settings.username, settings.host)
        return False
    except OSError as exc:
        log.error("cannot reach SMTP server %s:%s (%s)", settings.host, settings.port, exc)
        return False
    log.info("SMTP settings OK for %s", settings.from_address)
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(0 if check_connection(MailSettings.from_env()) else 1)
