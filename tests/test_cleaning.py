"""Each cleaning step on its own, on the kinds of mess real articles have."""

from generator.reading import cleaning


def test_hard_wrapped_line_is_joined_when_the_next_line_continues_it():
    text = "Hundreds also surrendered in Raqqa, and\nssome probably escaped to Libya."
    assert cleaning.join_wrapped_lines(text) == [
        "Hundreds also surrendered in Raqqa, and ssome probably escaped to Libya."
    ]


def test_a_finished_line_ends_the_paragraph_even_without_a_blank_line():
    text = "Many died in Raqqa.\nOthers escaped to Turkey."
    assert cleaning.join_wrapped_lines(text) == ["Many died in Raqqa.", "Others escaped to Turkey."]


def test_a_lowercase_line_after_a_finished_sentence_is_its_own_paragraph():
    text = "Officials said so until recently.\neven as Turkish authorities increased security."
    assert len(cleaning.join_wrapped_lines(text)) == 2


def test_a_short_headline_stays_apart_from_the_first_paragraph():
    text = "Fewer ISIS Fighters Returning Home\nAs recently as a year ago, officials feared a surge."
    assert cleaning.join_wrapped_lines(text)[0] == "Fewer ISIS Fighters Returning Home"


def test_blank_lines_separate_paragraphs_and_wrapped_lines_inside_are_joined():
    text = "The first paragraph is long enough that it was wrapped by the editor here\nBefore a name.\n\nSecond."
    assert cleaning.join_wrapped_lines(text) == [
        "The first paragraph is long enough that it was wrapped by the editor here Before a name.",
        "Second.",
    ]


def test_a_url_on_its_own_line_is_never_joined_to_text():
    text = "They escaped.\nhttps://example.com/2017/10/22/story.html\nand then"
    assert cleaning.join_wrapped_lines(text)[1] == "https://example.com/2017/10/22/story.html"


def test_urls_are_taken_out_of_running_text_and_the_spacing_repaired():
    marked, urls = cleaning.pull_urls("out of those cities, https://x.com/a.html and more fought.")
    text, positions = cleaning.remove_url_marks(marked)
    assert urls == ["https://x.com/a.html"]
    assert text == "out of those cities, and more fought."
    assert text[: positions[0]] == "out of those cities,"


def test_sentence_punctuation_after_a_url_is_not_part_of_it():
    marked, urls = cleaning.pull_urls("See https://x.com/a.html.")
    assert urls == ["https://x.com/a.html"]
    assert cleaning.remove_url_marks(marked)[0] == "See."


def test_repeated_paragraphs_and_sentences_are_dropped_in_order():
    paragraphs = ["One fact. Two facts.", "Three facts.", "One fact. Two facts.", "Two facts. Four facts."]
    kept, dropped = cleaning.drop_repeats(paragraphs)
    assert kept == ["One fact. Two facts.", "Three facts.", "Four facts."]
    assert dropped == 3


def test_repeats_are_recognised_despite_spacing_case_and_urls():
    assert cleaning.comparison_key("Now,  THOSE cities https://a.b/c fell.") == cleaning.comparison_key(
        "Now, those cities fell."
    )


def test_a_line_ending_in_an_abbreviation_or_initial_continues():
    text = "The talks were chaired by Mr.\nSmith, who flew in from the U.S.\nofficials said."
    assert cleaning.join_wrapped_lines(text) == [
        "The talks were chaired by Mr. Smith, who flew in from the U.S. officials said."
    ]


def test_a_line_that_runs_on_continues_before_a_capitalised_name():
    text = "Officials met with representatives from\nGoogle and Microsoft on Friday."
    assert cleaning.join_wrapped_lines(text) == [
        "Officials met with representatives from Google and Microsoft on Friday."
    ]


def test_hard_wrapped_paragraphs_without_blank_lines_end_at_a_short_final_line():
    text = (
        "The first paragraph is long enough that it was wrapped by the editor\n"
        "at a fixed width, as old wire copy was, and it goes\n"
        "on for a while before it ends.\n"
        "A second paragraph starts here and it is also\n"
        "wrapped at the same width by the same editor."
    )
    assert len(cleaning.join_wrapped_lines(text)) == 2


def test_a_pasted_markdown_link_keeps_its_words_and_becomes_a_link():
    marked, urls = cleaning.pull_urls("See [the report](https://example.org/r) for details.")
    assert cleaning.remove_url_marks(marked)[0] == "See the report for details."
    assert urls == ["https://example.org/r"]


def test_brackets_the_url_opened_belong_to_it():
    _, urls = cleaning.pull_urls("As https://en.wikipedia.org/wiki/Foo_(bar) says.")
    assert urls == ["https://en.wikipedia.org/wiki/Foo_(bar)"]
