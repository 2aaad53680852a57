<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<c:set var="current" value="photo"/>
<!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="head.jspf" %>
<title><c:out value="${photo.title}"/> · jimagekit gallery</title>
</head>
<body>
<%@ include file="bar.jspf" %>
<main class="detail">
<c:if test="${not empty notice}">
    <p class="notice ${noticeKind}" role="status"><c:out value="${notice}"/></p>
</c:if>
    <p class="crumbs"><a href="${ctx}/">← All photos</a> <span>${position} of ${count}</span></p>
    <figure>
        <ik:generateimage spec="${detailSpec}" source="${photo.name}" alt="${photo.title}"/>
        <figcaption>
            <div>
                <h1><c:out value="${photo.title}"/></h1>
                <p><c:out value="${photo.name}"/> · ${photo.type} · at most 1200×900
                    (<code>gallery:detail</code>)</p>
            </div>
            <form method="post" action="${ctx}/delete">
                <input type="hidden" name="name" value="<c:out value='${photo.name}'/>">
                <input type="hidden" name="from" value="jsp">
                <button type="submit" class="quiet">Delete</button>
            </form>
        </figcaption>
    </figure>
    <nav class="pager" aria-label="Neighbours">
    <c:if test="${not empty previous}">
        <c:url var="previousUrl" value="/photo">
            <c:param name="name" value="${previous.name}"/>
        </c:url>
        <a class="prev" href="<c:out value='${previousUrl}'/>">
            <ik:thumbnail geometry="${stripGeometry}" source="${previous.name}" alt=""/>
            <span>← <c:out value="${previous.title}"/></span>
        </a>
    </c:if>
    <c:if test="${not empty next}">
        <c:url var="nextUrl" value="/photo">
            <c:param name="name" value="${next.name}"/>
        </c:url>
        <a class="next" href="<c:out value='${nextUrl}'/>">
            <span><c:out value="${next.title}"/> →</span>
            <ik:thumbnail geometry="${stripGeometry}" source="${next.name}" alt=""/>
        </a>
    </c:if>
    </nav>
</main>
</body>
</html>
