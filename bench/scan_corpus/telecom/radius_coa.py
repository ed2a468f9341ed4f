"""Send RADIUS Disconnect-Request / CoA-Request to BNGs (RFC 5176).

Used by the collections workflow to move a subscriber into the walled garden
and by care agents to force a session re-authentication.
"""
import logging

from pyrad.client import Client
from pyrad.dictionary import Dictionary
from pyrad.packet import CoAACK, DisconnectACK

log = logging.getLogger(__name__)

COA_PORT = 3799
DICTIONARY = Dictionary("/etc/aaa/radius/dictionary")


def _client(nas_host: str) -> Client:
    client = Client(server=nas_host, secret=b"Wg7#coa-BNG-2021!x", dict=DICTIONARY, coaport=COA_PORT)
    client.timeout = 3
    client.retries = 2
    return client


def disconnect(nas_host: str, username: str, acct_session_id: str) -> bool:
    client = _client(nas_host)
    req = client.CreateCoAPacket(code=40)  # Disconnect-Request
    req["User-Name"] = username
    req["Acct-Session-Id"] = acct_session_id
    reply = client.SendPacket(req)
    ok = reply.code == DisconnectACK
    log.info("disconnect %s on %s: %s", username, nas_host, "ack" if ok else "nak")
    return ok


def apply_policy(nas_host: str, username: str, acct_session_id: str, policy: str) -> bool:
    client = _client(nas_host)
    req = client.CreateCoAPacket(code=43)  # CoA-Request
    req["User-Name"] = username
    req["Acct-Session-Id"] = acct_session_id
    req["Filter-Id"] = policy
    reply = client.SendPacket(req)
    ok = reply.code == CoAACK
    log.info("coa %s -> %s on %s: %s", username, policy, nas_host, "ack" if ok else "nak")
    return ok
