"""Public status page rendered from the health-check results."""
from flask import Flask, render_template_string

from .health import collect_checks

app = Flask(__name__)
app.config.from_prefixed_env()

STATUS_TEMPLATE = """<!doctype html>
<html lang="en">
<head><title>{{ title }}</title></head>
<body>
  <h1>{{ title }}</h1>
  <ul>
  {% for check in checks %}
    <li class="{{ 'ok' if check.healthy else 'down' }}">{{ check.name }}: {{ check.message }}</li>
  {% endfor %}
  </ul>
</body>
</html>"""


@app.route("/status")
def status():
    checks = collect_checks()
    title = "All systems operational" if all(c.healthy for c in checks) else "Partial outage"
    return render_template_string(STATUS_TEMPLATE, title=title, checks=checks)
