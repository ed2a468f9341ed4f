import ftplib
import os
import smtplib

import boto3
import paramiko
import psycopg2
import pymysql
import redis
import requests
from requests.auth import HTTPBasicAuth
from sqlalchemy import create_engine

# ruleid: hardcoded-password-argument
conn = psycopg2.connect(host="db", user="app", password="Pg_pass_2024", dbname="app")
# ruleid: hardcoded-password-argument
db = pymysql.connect(host="localhost", user="root", passwd="toor", db="shop")
# ruleid: hardcoded-password-argument
cache = redis.Redis(host="cache", port=6379, password="redis-secret")
# ruleid: hardcoded-password-argument
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7ABCDEFG", aws_secret_access_key="abcDEF123/ghiJKL456")

ssh = paramiko.SSHClient()
# ruleid: hardcoded-password-argument
ssh.connect("10.0.0.5", username="deploy", password="deploy123")

smtp = smtplib.SMTP("smtp.mail.local", 587)
# ruleid: hardcoded-password-argument
smtp.login("alerts@corp.local", "Sm7pPassw0rd")
# ruleid: hardcoded-password-argument
resp = requests.get("https://api.internal/v1/items", auth=("admin", "admin123"))
# ruleid: hardcoded-password-argument
basic = HTTPBasicAuth("svc", "svc-password-1")

# ok: hardcoded-password-argument
conn_ok = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])
# ok: hardcoded-password-argument
cache_ok = redis.Redis(host="cache", password=os.getenv("REDIS_PASSWORD"))
# ok: hardcoded-password-argument
ftp = ftplib.FTP("ftp.gnu.org").login("anonymous", "guest@")
# ok: hardcoded-password-argument
smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
# ok: hardcoded-password-argument
resp_ok = requests.get("https://api.internal/v1/items", auth=(user, password))
# ok: hardcoded-password-argument
payload = dict(username="alice", password="pw-for-form")
# ok: hardcoded-password-argument
empty = psycopg2.connect(host="localhost", user="postgres", password="")
# ruleid: hardcoded-password-argument
bertram = DistributorConfig(name="Bertram Books", api_user="bookshop-orders", api_password="Qv7!tLm2#Reading-Room-88")
# ok: hardcoded-password-argument
gardners = DistributorConfig(name="Gardners", api_user="orders", api_password=os.environ["GARDNERS_API_PASSWORD"])
# ok: hardcoded-password-argument
form = PasswordForm(password_field="password", password_hint="At least 12 characters")


def test_login(client):
    # ok: hardcoded-password-argument
    response = client.login(username="alice", password="test-password-1")
    assert response


def authenticate(username, password):
    # ruleid: hardcoded-password-comparison
    if username == "admin" and password == "SuperSecret123":
        return True
    # ruleid: hardcoded-password-comparison
    if request.headers.get("X-Api-Key") == "k3y-12345" or api_key == "k3y-12345":
        return True
    # ruleid: hardcoded-password-comparison
    return hmac.compare_digest(password.encode(), b"letmein")


def validate(form):
    # ok: hardcoded-password-comparison
    if form.password == "":
        return False
    # ok: hardcoded-password-comparison
    if form.password != form.confirm_password:
        return False
    # ok: hardcoded-password-comparison
    if password_policy == "strict":
        return True
    # ok: hardcoded-password-comparison
    return username == "admin"


# ruleid: hardcoded-credentials-in-url
engine = create_engine("postgresql://app:Pg_pass_2024@db.internal:5432/app")
# ruleid: hardcoded-credentials-in-url
DATABASE_URL = "mysql+pymysql://root:toor@localhost/shop"
# ruleid: hardcoded-credentials-in-url
broker = redis.from_url("redis://:r3dis-pw@cache:6379/0")
# ok: hardcoded-credentials-in-url
engine_ok = create_engine(os.environ["DATABASE_URL"])
# ok: hardcoded-credentials-in-url
DATABASE_URL_OK = "postgresql://localhost/app"
# ok: hardcoded-credentials-in-url
TEMPLATE_URL = "postgresql://{user}:{password}@{host}/{db}"
# ok: hardcoded-credentials-in-url
engine_f = create_engine(f"postgresql://{user}:{pw}@{host}/app")

# ruleid: hardcoded-secret-env-fallback
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-key")
# ruleid: hardcoded-secret-env-fallback
JWT_SECRET = os.getenv("JWT_SECRET", "changeme")
# ruleid: hardcoded-secret-env-fallback
DB_PASSWORD = os.getenv("DB_PASSWORD", default="postgres")
# ok: hardcoded-secret-env-fallback
SECRET_KEY_OK = os.environ["SECRET_KEY"]
# ok: hardcoded-secret-env-fallback
API_KEY = os.environ.get("API_KEY", "")
# ok: hardcoded-secret-env-fallback
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
# ok: hardcoded-secret-env-fallback
TOKEN_TTL = os.getenv("ACCESS_TOKEN_TTL", "3600")


def deepl_engine():
    # ruleid: hardcoded-secret-env-fallback
    return dict(api_key=os.environ.get("DEEPL_AUTH_KEY", "a3f1c9e2-7b4d-4e8a-9c61-2d5f0b8e4a17:fx"))


# ok: hardcoded-secret-env-fallback
SIGNING_KEY_PATH = os.environ.get("INVOICE_SIGNING_KEY", "/etc/billing/invoice-signing.pem")
# ruleid: hardcoded-secret-env-fallback
SIGNING_KEY_ROOTED = os.environ.get("INVOICE_SIGNING_KEY", "/Qm9vdHN0cmFwS2V5/x81")
# ok: hardcoded-secret-env-fallback
TELEMATICS_SECRET_ID = os.environ.get("TELEMATICS_API_KEY_SECRET", "integrations/telematics")
# ruleid: hardcoded-secret-env-fallback
TELEMATICS_FALLBACK = os.environ.get("TELEMATICS_API_KEY_SECRET", "tk_9fQ2/xR7Lm3")
