/// The visible "#" link beside a heading that readers copy to point a colleague at one section.
/// Its accessible name says which section, so a screen-reader user hears more than "hash".
public enum SelfLink {
    public static func html(id: String, title: String) -> String {
        " <a class=\"self-link\" href=\"#\(HTMLEscaping.attribute(id))\">"
            + "<span aria-hidden=\"true\">#</span>"
            + "<span class=\"visually-hidden\">Link to the section \u{201C}\(HTMLEscaping.attribute(title))\u{201D}</span></a>"
    }
}
