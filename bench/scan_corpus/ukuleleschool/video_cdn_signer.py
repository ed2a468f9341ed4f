"""Signs time-limited CDN URLs for video lessons so links cannot be shared forever."""
import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class CdnConfig:
    base_url: str = field(default_factory=lambda: os.environ["VIDEO_CDN_BASE"])
    signing_key: bytes = field(
        default_factory=lambda: base64.b64decode(os.environ["VIDEO_CDN_SIGNING_KEY"])
    )
    key_name: str = field(default_factory=lambda: os.environ.get("VIDEO_CDN_KEY_NAME", "lessons-2024"))
    ttl_seconds: int = 4 * 3600


class CdnUrlSigner:
    def __init__(self, config: CdnConfig | None = None):
        self.config = config or CdnConfig()

    def _signature(self, url_to_sign: str) -> str:
        mac = hmac.new(self.config.signing_key, url_to_sign.encode("utf-8"), hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()).decode("ascii")

    def sign(self, course_slug: str, lesson_no: int, rendition: str = "master.m3u8") -> str:
        expires = int(time.time()) + self.config.ttl_seconds
        path = f"/{quote(course_slug)}/{lesson_no:03d}/{quote(rendition)}"
        unsigned = f"{self.config.base_url.rstrip('/')}{path}?" + urlencode(
            {"Expires": expires, "KeyName": self.config.key_name}
        )
        return f"{unsigned}&Signature={self._signature(unsigned)}"

    def sign_playlist(self, course_slug: str, lesson_numbers: list) -> dict:
        return {n: self.sign(course_slug, n) for n in lesson_numbers}


if __name__ == "__main__":
    signer = CdnUrlSigner()
    print(signer.sign("ukulele-basics", 1))
