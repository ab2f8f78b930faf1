/** Implementation of the lexicon package: the resource parser, the inflector and the token trie. */
package org.slant.features.lexicon.internal;
