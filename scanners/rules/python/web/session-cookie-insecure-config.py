from flask import Flask

app = Flask(__name__)

# ruleid: session-cookie-insecure-config
SESSION_COOKIE_SECURE = False
# ruleid: session-cookie-insecure-config
SESSION_COOKIE_HTTPONLY = False
# ruleid: session-cookie-insecure-config
CSRF_COOKIE_SECURE = False
# ruleid: session-cookie-insecure-config
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: session-cookie-insecure-config
app.config.update(SESSION_COOKIE_HTTPONLY=False)

# ok: session-cookie-insecure-config
SESSION_COOKIE_SECURE = True
# ok: session-cookie-insecure-config
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ok: session-cookie-insecure-config
CSRF_COOKIE_HTTPONLY = False
# ok: session-cookie-insecure-config
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
