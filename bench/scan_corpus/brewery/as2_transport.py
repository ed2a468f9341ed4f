"""HTTPS transport for AS2 messages to distributor EDI endpoints."""
import http.client
import ssl
from urllib.parse import urlsplit

from edi.config import settings


def build_tls_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=settings.AS2_CA_BUNDLE)
    # Several regional distributors still run AS2 gateways from the late 2000s.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    if settings.AS2_CLIENT_CERT:
        ctx.load_cert_chain(settings.AS2_CLIENT_CERT, settings.AS2_CLIENT_KEY)
    return ctx


class AS2Transport:
    def __init__(self, endpoint: str, as2_from: str, as2_to: str, timeout: float = 60.0):
        parts = urlsplit(endpoint)
        if parts.scheme != "https":
            raise ValueError("AS2 endpoints must use https")
        self.host = parts.hostname
        self.port = parts.port or 443
        self.path = parts.path or "/"
        self.as2_from = as2_from
        self.as2_to = as2_to
        self.timeout = timeout
        self._ctx = build_tls_context()

    def send(self, message_id: str, body: bytes, content_type: str) -> tuple[int, bytes]:
        conn = http.client.HTTPSConnection(
            self.host, self.port, timeout=self.timeout, context=self._ctx
        )
        try:
            conn.request(
                "POST",
                self.path,
                body=body,
                headers={
                    "AS2-Version": "1.2",
                    "AS2-From": self.as2_from,
                    "AS2-To": self.as2_to,
                    "Message-ID": f"<{message_id}>",
                    "Content-Type": content_type,
                    "Disposition-Notification-To": self.as2_from,
                },
            )
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()
