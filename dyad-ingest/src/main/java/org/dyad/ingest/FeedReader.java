package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.SAXHandlerFactory;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dyad.model.Article;
import org.jsoup.Jsoup;

/**
 * RSS and Atom feed files (Rome; a DOCTYPE allowed, entity declarations refused, nothing external
 * loaded, see {@link #parse(String)}): one article per entry, its text the entry's
 * title and its description or content as plain text, its id the entry's link (else its URI),
 * its date the entry's publication (else update) date.
 */
final class FeedReader {
  private FeedReader() {}

  static List<Article> read(String name, String xml, LocalDate date, List<String> problems) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(parse(xml));
    } catch (EntityDeclared e) {
      problems.add(name + ": not read: the feed's DOCTYPE declares " + e.getMessage() + ", and entity declarations are refused");
      return List.of();
    } catch (JDOMException | IOException | FeedException | IllegalArgumentException e) {
      problems.add(name + ": not an RSS or Atom feed: " + e.getMessage());
      return List.of();
    }
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String body = body(e);
      String title = e.getTitle() == null ? "" : e.getTitle().strip();
      if (body.isBlank() && title.isBlank()) {
        problems.add(name + ": entry " + n + " has no text");
        continue;
      }
      String id = e.getLink() != null && !e.getLink().isBlank() ? e.getLink() : e.getUri() != null ? e.getUri() : name + "#" + n;
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate day = when == null ? date : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n" + body;
      articles.add(new Article(id, name, title, day, text));
    }
    return articles;
  }

  /**
   * The feed as XML, parsed safely: a DOCTYPE is allowed (RSS 0.91 feeds carry Netscape's), but
   * no external DTD or entity is ever loaded (the features below, and a resolver that answers
   * every request with nothing), and a DOCTYPE that declares any entity, internal or external, is
   * refused outright, so no entity is ever expanded, let alone recursively (billion laughs). The
   * JDK's secure-processing limits stay on as a second line. Rome's XML healer (HTML entities
   * such as {@code &nbsp;} made numeric, leading junk dropped) runs first, as in Rome's own
   * {@code build(Reader)}.
   */
  static Document parse(String xml) throws JDOMException, IOException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING, new SAXHandlerFactory() {
      @Override
      public SAXHandler createSAXHandler(JDOMFactory factory) {
        return new SAXHandler(factory) {
          @Override
          public void internalEntityDecl(String entity, String value) {
            throw new EntityDeclared("the entity '" + entity + "'");
          }

          @Override
          public void externalEntityDecl(String entity, String publicId, String systemId) {
            throw new EntityDeclared("the external entity '" + entity + "'");
          }
        };
      }
    }, null);
    builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setExpandEntities(false);
    return builder.build(new XmlFixerReader(new StringReader(xml)));
  }

  /** A DOCTYPE declared an entity: the feed is refused. */
  private static final class EntityDeclared extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EntityDeclared(String what) {
      super(what, null, false, false);
    }
  }

  private static String body(SyndEntry e) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      html.append(c.getValue()).append('\n');
    }
    if (html.length() == 0 && e.getDescription() != null) {
      html.append(e.getDescription().getValue());
    }
    return Jsoup.parse(html.toString()).text().strip();
  }
}
