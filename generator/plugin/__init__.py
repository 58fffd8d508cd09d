"""The MkDocs plugin: thin glue between MkDocs and `generator.site.build_site`."""
