"""Access keys for bulk dataset downloads (OS-style data packages)."""
import random
import string
from datetime import datetime, timedelta, timezone

from cartographer.config import settings
from cartographer.downloads.models import DownloadKey

_sysrand = random.SystemRandom()
KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40


def generate_access_key(length: int = KEY_LENGTH) -> str:
    return "".join(_sysrand.choice(KEY_ALPHABET) for _ in range(length))


def grant_download(session, account_id: int, package_code: str, days: int = 14) -> DownloadKey:
    key = DownloadKey(
        account_id=account_id,
        package_code=package_code,
        key=generate_access_key(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=days),
        max_downloads=settings.DOWNLOAD_KEY_LIMIT,
    )
    session.add(key)
    session.commit()
    return key


def download_url(key: DownloadKey) -> str:
    return f"{settings.DOWNLOAD_HOST}/packages/{key.package_code}?key={key.key}"


def expire_stale(session) -> int:
    now = datetime.now(timezone.utc)
    stale = session.query(DownloadKey).filter(DownloadKey.expires_at < now)
    count = stale.count()
    stale.delete(synchronize_session=False)
    session.commit()
    return count
