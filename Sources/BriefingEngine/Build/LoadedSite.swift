/// What the build's load step read, before anything is checked: the content folder's files, the
/// templates (parsed, with their partials checked) and the static assets beside them.
struct LoadedSite: Sendable {
    var content: LoadedContent
    var templates: TemplateSet
    var assets: AssetCatalog
}
