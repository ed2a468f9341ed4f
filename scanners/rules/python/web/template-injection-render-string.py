from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape())
PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: template-injection-render-string
    return render_template_string(f"<h1>Hello {name}</h1>")


@app.route("/preview", methods=["POST"])
def preview():
    # ruleid: template-injection-render-string
    return render_template_string(request.form["template"])


@app.route("/error")
def error():
    template = "<p>Not found: %s</p>" % request.path
    # ruleid: template-injection-render-string
    return render_template_string(template), 404


def email_body(user):
    # ruleid: template-injection-render-string
    return env.from_string("Dear " + user.display_name + ", your order shipped").render()


@app.route("/card/<title>")
def card(title):
    # ruleid: template-injection-render-string
    return Template("<div>" + title + "</div>").render()


# ---- secure near-misses ----


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: template-injection-render-string
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)


@app.route("/page")
def page():
    # ok: template-injection-render-string
    return render_template_string(PAGE, name=request.args.get("name", ""))


@app.route("/file")
def file_template():
    # ok: template-injection-render-string
    return render_template("profile.html", user=request.args.get("user"))


def email_body_safe(user):
    # ok: template-injection-render-string
    return env.from_string("Dear {{ name }}, your order shipped").render(name=user.display_name)
