package org.parley.coding.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.gazetteer.GeoPlace;
import org.parley.model.ActorMention;
import org.parley.model.ParsedDocument;
import org.parley.model.Place;

/**
 * Places the place phrases of one document. Its country context is what the document's actors name
 * (a Russian official, Seoul standing for South Korea) and what its unambiguous places are in, by
 * sentence and over the article; each phrase is then resolved against it on its own, so a name the
 * gazetteer lacks leaves every other place as it is.
 */
public final class Locator {
  private final PlaceResolver resolver;
  private final PlaceResolver.Context context;

  private Locator(PlaceResolver resolver, PlaceResolver.Context context) {
    this.resolver = resolver;
    this.context = context;
  }

  /**
   * The locator of {@code doc}, whose resolved actor mentions are {@code mentions} and whose places
   * {@code finder} finds (over the same mentions).
   */
  public static Locator forDocument(
      PlaceResolver resolver, ParsedDocument doc, List<ActorMention> mentions, PlaceFinder finder) {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(finder, "finder");
    PlaceResolver.Context context = new PlaceResolver.Context();
    for (ActorMention m : mentions) {
      m.code().flatMap(c -> c.country()).ifPresent(c -> context.add(m.sentence(), c));
    }
    // Places the text names without doubt (one candidate, or a clear winner on the actors'
    // context) add their countries: "talks in Vladivostok" makes the article about Russia too.
    for (PlaceMention p : finder.all(doc)) {
      if (p.basis() == PlaceMention.Basis.NAME) {
        continue;
      }
      PlaceResolver.Resolution r = resolver.resolve(p.name(), p.qualifier(), p.sentence(), context);
      if (r.place().isPresent() && r.clear()) {
        context.addPlace(p.sentence(), r.place().get().countryIso3());
      }
    }
    return new Locator(resolver, context);
  }

  /**
   * The event location {@code mention} names: with country, coordinates, region, GeoNames id and
   * the reason when the gazetteer knows it; without them, and with the reason, when it does not;
   * none at all for a name only the syntax took for a place ("at Google") that no gazetteer entry
   * confirms.
   */
  public Optional<Place> locate(PlaceMention mention) {
    Objects.requireNonNull(mention, "mention");
    PlaceResolver.Resolution r =
        resolver.resolve(mention.name(), mention.qualifier(), mention.sentence(), context);
    if (r.place().isEmpty()) {
      if (mention.basis() == PlaceMention.Basis.NAME) {
        return Optional.empty();
      }
      return Optional.of(
          new Place(
              mention.name(),
              mention.span(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              mention.reason(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              r.reason()));
    }
    GeoPlace g = r.place().get();
    return Optional.of(
        new Place(
            mention.name(),
            mention.span(),
            Optional.of(g.countryIso3()),
            Optional.of(g.lat()),
            Optional.of(g.lon()),
            mention.reason(),
            g.admin1(),
            g.geonameId() > 0 ? Optional.of(g.geonameId()) : Optional.empty(),
            Optional.of(PlaceResolver.precision(g)),
            r.reason()));
  }
}
