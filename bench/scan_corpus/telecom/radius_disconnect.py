"""RFC 5176 Disconnect-Request helper for care agents and the collections workflow."""
import os

from pyrad.client import Client
from pyrad.dictionary import Dictionary
from pyrad.packet import DisconnectACK

COA_PORT = 3799
DICTIONARY_PATH = os.environ.get("RADIUS_DICTIONARY", "/etc/aaa/radius/dictionary")
SHARED_SECRET_ENV = "RADIUS_COA_SECRET"


class DisconnectClient:
    def __init__(self, nas_host: str, secret: bytes | None = None, timeout: int = 3):
        if secret is None:
            secret = os.environ[SHARED_SECRET_ENV].encode("utf-8")
        self._client = Client(
            server=nas_host,
            secret=secret,
            dict=Dictionary(DICTIONARY_PATH),
            coaport=COA_PORT,
        )
        self._client.timeout = timeout
        self._client.retries = 2

    def disconnect(self, username: str, acct_session_id: str) -> bool:
        req = self._client.CreateCoAPacket(code=40)  # Disconnect-Request
        req["User-Name"] = username
        req["Acct-Session-Id"] = acct_session_id
        return self._client.SendPacket(req).code == DisconnectACK
