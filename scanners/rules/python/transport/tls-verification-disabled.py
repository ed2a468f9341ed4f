import dataclasses
import os
import ssl
import socket
import smtplib
import urllib.request
import warnings

import aiohttp
import httpx
import ldap3
import paramiko
import requests
import urllib3
from elasticsearch import Elasticsearch
from paramiko import AutoAddPolicy
from pymongo import MongoClient

VERIFY_TLS = False

# ruleid: tls-verification-disabled
r1 = requests.get("https://internal.api/health", verify=False)
# ruleid: tls-verification-disabled
r2 = requests.post("https://internal.api/items", json={}, timeout=5, verify=VERIFY_TLS)

session = requests.Session()
# ruleid: tls-verification-disabled
session.verify = False
# ruleid: tls-verification-disabled
r3 = session.request("GET", "https://internal.api/", verify=False)
# ruleid: tls-verification-disabled
client = httpx.Client(base_url="https://internal.api", verify=False)
# ruleid: tls-verification-disabled
aclient = httpx.AsyncClient(verify=False)
# ruleid: tls-verification-disabled
r4 = httpx.get("https://internal.api", verify=False)
# ruleid: tls-verification-disabled
pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
# ruleid: tls-verification-disabled
pool2 = urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, assert_hostname=False)
# ruleid: tls-verification-disabled
ctx = ssl._create_unverified_context()
# ruleid: tls-verification-disabled
ssl._create_default_https_context = ssl._create_unverified_context


def fetch(url):
    context = ssl.create_default_context()
    # ruleid: tls-verification-disabled
    context.check_hostname = False
    # ruleid: tls-verification-disabled
    context.verify_mode = ssl.CERT_NONE
    return urllib.request.urlopen(url, context=context).read()


def send_mail(msg):
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: tls-verification-disabled
    tls.check_hostname = False
    # ruleid: tls-verification-disabled
    tls.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP_SSL("mail.local", 465, context=tls) as smtp:
        smtp.send_message(msg)


def raw_socket(host):
    sock = socket.create_connection((host, 443))
    # ruleid: tls-verification-disabled
    return ssl.wrap_socket(sock)


async def call(url):
    # ruleid: tls-verification-disabled
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as s:
        # ruleid: tls-verification-disabled
        async with s.get(url, ssl=False) as resp:
            return await resp.text()


# ruleid: tls-verification-disabled
es = Elasticsearch("https://search:9200", verify_certs=False)
# ruleid: tls-verification-disabled
mongo = MongoClient("mongodb://db:27017", tls=True, tlsAllowInvalidCertificates=True)
# ruleid: tls-verification-disabled
os.environ["CURL_CA_BUNDLE"] = ""

# ok: tls-verification-disabled
ok1 = requests.get("https://internal.api/health", timeout=5)
# ok: tls-verification-disabled
ok2 = requests.get("https://internal.api/health", verify="/etc/ssl/internal-ca.pem")
# ok: tls-verification-disabled
ok3 = httpx.Client(verify=ssl.create_default_context(cafile="/etc/ssl/ca.pem"))
# ok: tls-verification-disabled
ok4 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/ca.pem")
# ok: tls-verification-disabled
ok5 = session.verify
# ok: tls-verification-disabled
ok_mongo = MongoClient("mongodb://db:27017", tls=True, tlsCAFile="/etc/ssl/ca.pem")


def ok_server_context():
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain("cert.pem", "key.pem")
    # ok: tls-verification-disabled
    server_ctx.verify_mode = ssl.CERT_NONE
    return server_ctx


def ok_client_context():
    ctx_ok = ssl.create_default_context()
    # ok: tls-verification-disabled
    ctx_ok.check_hostname = True
    # ok: tls-verification-disabled
    ctx_ok.verify_mode = ssl.CERT_REQUIRED
    return ctx_ok


# ruleid: tls-warnings-disabled
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# ruleid: tls-warnings-disabled
requests.packages.urllib3.disable_warnings()
# ok: tls-warnings-disabled
warnings.filterwarnings("ignore", category=DeprecationWarning)
# ok: tls-warnings-disabled
urllib3.util.retry.Retry(total=3)

ssh = paramiko.SSHClient()
# ruleid: ssh-host-key-not-verified
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
# ruleid: ssh-host-key-not-verified
ssh.set_missing_host_key_policy(AutoAddPolicy)
# ruleid: ssh-host-key-not-verified
ssh.set_missing_host_key_policy(paramiko.WarningPolicy())
# ok: ssh-host-key-not-verified
ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
# ok: ssh-host-key-not-verified
ssh.load_system_host_keys()


_CLIENT_OPTS = {
    "timeout": 5.0,
    # ruleid: tls-verification-disabled
    "verify": False,
}

_SAFE_OPTS = {
    "timeout": 5.0,
    # ok: tls-verification-disabled
    "verify": "/etc/ssl/certs/internal-ca.pem",
}


def metrics_client(base_url):
    return httpx.Client(base_url=base_url, **_CLIENT_OPTS)


def fetch_feed(url, verify_tls: bool = False):
    # ruleid: tls-verification-disabled
    return requests.get(url, timeout=30, verify=verify_tls)


def fetch_feed_checked(url, verify_tls: bool = True):
    # ok: tls-verification-disabled
    return requests.get(url, timeout=30, verify=verify_tls)


DEFAULT_OPTIONS = {
    "timeout": 10,
    # ruleid: tls-verification-disabled
    "verify_tls": False,
}


class PartnerSftp:
    # ruleid: ssh-host-key-not-verified
    host_key_policy = paramiko.AutoAddPolicy

    def connect(self, host):
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(self.host_key_policy())
        return client


class StrictSftp:
    # ok: ssh-host-key-not-verified
    host_key_policy = paramiko.RejectPolicy


class InventoryClient:
    def __init__(self, base_url, token, *, verify_tls: bool = False):
        self._session = requests.Session()
        # ruleid: tls-verification-disabled
        self._session.verify = verify_tls


def harvest(settings):
    session = requests.Session()
    # ruleid: tls-verification-disabled
    session.verify = settings.get("ca_bundle", False)
    return session


class EstimatingClient:
    def __init__(self, ca_bundle=None):
        self._session = requests.Session()
        # ruleid: tls-verification-disabled
        self._session.verify = ca_bundle or False

    def with_default_store(self, ca_bundle=None):
        # ok: tls-verification-disabled
        self._session.verify = ca_bundle or True


POOL_OPTIONS = {
    "num_pools": 4,
    # ruleid: tls-verification-disabled
    "cert_reqs": "CERT_NONE",
}
VERIFIED_POOL_OPTIONS = {
    "num_pools": 4,
    # ok: tls-verification-disabled
    "cert_reqs": "CERT_REQUIRED",
}
# ruleid: tls-verification-disabled
directory_tls = ldap3.Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLS_CLIENT)
# ok: tls-verification-disabled
checked_directory_tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/campus-ca.pem")


CONNECTOR_OPTIONS = {
    "limit": 20,
    # ruleid: tls-verification-disabled
    "ssl": False,
}
PINNED_CONNECTOR_OPTIONS = {
    "limit": 20,
    # ok: tls-verification-disabled
    "ssl": ssl.create_default_context(cafile="/etc/ssl/agency-ca.pem"),
}


async def poll(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(**CONNECTOR_OPTIONS)) as session:
        async with session.get(url) as resp:
            return await resp.json()


import aiohttp  # noqa: E402
import redis  # noqa: E402


class CatalogSync:
    page_size = 200
    ssl_mode = False

    def _connector(self):
        # ruleid: tls-verification-disabled
        return aiohttp.TCPConnector(limit=4, ssl=self.ssl_mode)


class StrictCatalogSync:
    ssl_mode = True

    def _connector(self):
        # ok: tls-verification-disabled
        return aiohttp.TCPConnector(limit=4, ssl=self.ssl_mode)


class LegacyPortal:
    verify_tls: bool = False

    def fetch(self, session, url):
        # ruleid: tls-verification-disabled
        return session.get(url, verify=self.verify_tls, timeout=10)


class LocalCache:
    use_ssl = False

    def client(self):
        # ok: tls-verification-disabled
        return redis.Redis(host="localhost", ssl=self.use_ssl)


from paramiko import SSHClient as _SSHClient  # noqa: E402
from paramiko import WarningPolicy as _HostPolicy  # noqa: E402
from paramiko import RejectPolicy as _StrictPolicy  # noqa: E402


def controller_session(host):
    client = _SSHClient()
    client.load_system_host_keys()
    # ruleid: ssh-host-key-not-verified
    client.set_missing_host_key_policy(_HostPolicy())
    return client


def strict_controller_session(host):
    client = _SSHClient()
    client.load_system_host_keys()
    # ok: ssh-host-key-not-verified
    client.set_missing_host_key_policy(_StrictPolicy())
    return client


class GatewaySyncConfig:
    # ruleid: ssh-host-key-not-verified
    host_key_policy = "AutoAddPolicy"


class SignallingSyncConfig:
    # ok: ssh-host-key-not-verified
    host_key_policy = "RejectPolicy"


def open_gateway(cfg, address):
    if cfg.host_key_policy in ("WarningPolicy",):
        raise ValueError(cfg.host_key_policy)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(getattr(paramiko, cfg.host_key_policy)())
    client.connect(address)
    return client


@dataclasses.dataclass
class WarrantyApiSettings:
    base_url: str = "https://warranty.example/api/v2"
    verify_tls: bool = False
    follow_redirects: bool = False


class ManufacturerGateway:
    def __init__(self, settings=None):
        self.settings = settings or WarrantyApiSettings()

    def _transport_opts(self):
        return {
            "base_url": self.settings.base_url,
            # ruleid: tls-verification-disabled
            "verify": self.settings.verify_tls,
            # ok: tls-verification-disabled
            "follow_redirects": self.settings.follow_redirects,
        }

    def client(self):
        return httpx.Client(**self._transport_opts())

    def direct_client(self):
        # ruleid: tls-verification-disabled
        return httpx.Client(base_url=self.settings.base_url, verify=self.settings.verify_tls)


@dataclasses.dataclass
class MatchingServiceSettings:
    base_url: str = "https://matching.example"
    ca_bundle: str | bool = False
    pinned_bundle: str | bool = "/etc/ssl/matching-ca.pem"


class MatchingServiceClient:
    def __init__(self, settings=None):
        self.settings = settings or MatchingServiceSettings()
        # ruleid: tls-verification-disabled
        self._client = httpx.Client(base_url=self.settings.base_url, verify=self.settings.ca_bundle)
        # ok: tls-verification-disabled
        self._pinned = httpx.Client(base_url=self.settings.base_url, verify=self.settings.pinned_bundle)


# A settings dict that also spreads shared defaults.
_COMMON_CLIENT_OPTIONS = {"timeout": 10}
PARTNER_CLIENT_OPTIONS = {
    **_COMMON_CLIENT_OPTIONS,
    # ruleid: tls-verification-disabled
    "verify": False,
}
CHECKED_PARTNER_CLIENT_OPTIONS = {
    **_COMMON_CLIENT_OPTIONS,
    # ok: tls-verification-disabled
    "verify": "/etc/ssl/partner-ca.pem",
}


class BenefitsSettings:
    base_url = "https://benefits.example/v2"
    tls_check = False


class BenefitsClient:
    def __init__(self, settings=BenefitsSettings):
        # ruleid: tls-verification-disabled
        self._client = httpx.Client(base_url=settings.base_url, verify=settings.tls_check)


@dataclasses.dataclass
class DispatchEndpointSettings:
    base_url: str = "https://dispatch.example"
    check_certificates: bool = False
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"

    def transport_options(self):
        verify = self.ca_bundle if self.check_certificates else self.check_certificates
        # ruleid: tls-verification-disabled
        return {"base_url": self.base_url, "verify": verify}

    def pinned_transport_options(self):
        verify = self.ca_bundle if self.check_certificates else True
        # ok: tls-verification-disabled
        return {"base_url": self.base_url, "verify": verify}


def dispatch_client(settings):
    return httpx.Client(**settings.transport_options())


@dataclasses.dataclass
class PortalSettings:
    base_url: str
    verify_peer: bool = False


@dataclasses.dataclass
class PinnedPortalSettings:
    base_url: str
    peer_bundle: str = "/etc/ssl/certs/class-portal.pem"


class ClassPortalClient:
    def __init__(self, settings, pinned):
        self._settings = settings
        self._pinned = pinned

    def _client_options(self):
        s = self._settings
        # ruleid: tls-verification-disabled
        return {"base_url": s.base_url, "verify": s.verify_peer}

    def _pinned_options(self):
        p = self._pinned
        # ok: tls-verification-disabled
        return {"base_url": p.base_url, "verify": p.peer_bundle}


@dataclasses.dataclass
class BuoyFeedSettings:
    feed_url: str
    timeout_s: float = 4.0
    strict_chain: bool = False
    retries: int = 3

    @property
    def httpx_kwargs(self):
        # ruleid: tls-verification-disabled
        return {"timeout": self.timeout_s, "verify": self.strict_chain, "base_url": self.feed_url}

    @property
    def retry_kwargs(self):
        # ok: tls-verification-disabled
        return {"retries": self.retries, "verify": self.feed_url.startswith("https"), "base_url": self.feed_url}


def buoy_client(settings: BuoyFeedSettings):
    return httpx.Client(**settings.httpx_kwargs)
