from deskcms.articles import load_article


def test_index_lists_slugs(client):
    assert client.get("/articles").get_json() == {"slugs": ["harbour-budget", "weather-week"]}


def test_show_parses_front_matter(client):
    data = client.get("/articles/harbour-budget").get_json()
    assert data["meta"]["section"] == "local"
    assert data["body"].startswith("The council voted")


def test_article_without_front_matter(content):
    article = load_article(content, "weather-week")
    assert article.meta == {} and article.body == "Sunny all week.\n"


def test_unknown_slug_is_404(client):
    assert client.get("/articles/no-such-story").status_code == 404
