<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<c:set var="current" value="jsp"/>
<!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="head.jspf" %>
<title>jimagekit gallery · JSP</title>
</head>
<body>
<%@ include file="bar.jspf" %>
<main>
<c:if test="${not empty notice}">
    <p class="notice ${noticeKind}" role="status"><c:out value="${notice}"/></p>
</c:if>
<c:choose>
<c:when test="${empty photos}">
    <p class="empty">No photos yet. Add one below, or start the gallery with
        <code>GALLERY_PHOTOS_DIR</code> pointing at a folder of pictures.</p>
</c:when>
<c:otherwise>
    <%-- The banner uses the var form: the cache file in a variable, for markup of our own.
         The tag generates it (just-in-time); for a photo that cannot be made into a banner
         the variable holds the fallback image (on-error=fallback), which is not ready, and
         the plain tag shows the fallback picture. --%>
    <c:catch var="bannerError">
        <ik:thumbnail geometry="${bannerGeometry}" source="${featured.name}" var="banner"/>
        <c:set var="bannerReady" value="${banner.ready}"/>
    </c:catch>
    <section class="hero">
        <a href="<c:url value='/photo'><c:param name='name' value='${featured.name}'/></c:url>">
        <c:choose>
            <c:when test="${bannerReady}">
                <img src="<c:out value='${banner.url}'/>" width="${banner.width}"
                     height="${banner.height}" alt="<c:out value='${featured.title}'/>">
            </c:when>
            <c:otherwise>
                <ik:thumbnail geometry="${bannerGeometry}" source="${featured.name}"
                              alt="${featured.title}"/>
            </c:otherwise>
        </c:choose>
        </a>
        <div class="hero-caption">
            <h1><c:out value="${featured.title}"/></h1>
            <p>${fn:length(photos)} photos · rendered by JSP with the <code>ik:</code> tags</p>
        </div>
    </section>

    <nav class="strip" aria-label="All photos">
    <c:forEach var="p" items="${photos}">
        <a href="<c:url value='/photo'><c:param name='name' value='${p.name}'/></c:url>"
           title="<c:out value='${p.title}'/>">
            <ik:thumbnail geometry="${stripGeometry}" source="${p.name}" alt="${p.title}"/>
        </a>
    </c:forEach>
    </nav>
</c:otherwise>
</c:choose>

    <form class="upload" method="post" action="${ctx}/upload" enctype="multipart/form-data">
        <label>Add a photo
            <input type="file" name="photo" required
                   accept=".jpg,.jpeg,.png,.gif,.bmp,.tif,.tiff,image/jpeg,image/png">
        </label>
        <input type="hidden" name="from" value="jsp">
        <button type="submit">Upload</button>
        <span class="hint">Its images are generated before the page comes back.</span>
    </form>

    <ul class="grid">
    <c:forEach var="p" items="${photos}">
        <li class="card">
            <a href="<c:url value='/photo'><c:param name='name' value='${p.name}'/></c:url>">
                <ik:generateimage spec="${cardSpec}" source="${p.name}" alt="${p.title}"/>
            </a>
            <div class="caption">
                <div>
                    <h2><c:out value="${p.title}"/></h2>
                    <p><c:out value="${p.name}"/></p>
                </div>
                <form method="post" action="${ctx}/delete">
                    <input type="hidden" name="name" value="<c:out value='${p.name}'/>">
                    <input type="hidden" name="from" value="jsp">
                    <button type="submit" class="quiet" title="Delete this photo">Delete</button>
                </form>
            </div>
        </li>
    </c:forEach>
    </ul>
</main>
<footer>
    Rendered by JSP: the banner with the <code>var</code> form, the strip with
    <code>&lt;ik:thumbnail&gt;</code>, the grid with <code>&lt;ik:generateimage&gt;</code>.
    The same photos through <a href="${ctx}/thymeleaf">Thymeleaf</a>.
</footer>
</body>
</html>
