<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<c:set var="current" value="status"/>
<c:set var="s" value="${status.statistics()}"/>
<c:set var="h" value="${status.health()}"/>
<!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="head.jspf" %>
<title>Status · jimagekit gallery</title>
</head>
<body>
<%@ include file="bar.jspf" %>
<main class="status">
    <h1>Status</h1>
    <p class="lead">What jimagekit counted since this deployment started
        (<time id="started">${status.started()}</time>), for ${status.photos()} photos.</p>

    <section>
        <h2>Health</h2>
        <table id="health" data-up="${h.isUp()}">
            <tr><th>Storage</th>
                <td id="health-storage"><c:out value="${h.storage().detail()}"/></td></tr>
            <tr><th>State cache</th>
                <td id="health-state-cache"><c:out value="${h.stateCache().detail()}"/></td></tr>
            <tr><th>Failures in the last minute</th>
                <td id="failures-last-minute">${h.failuresLastMinute()}</td></tr>
        </table>
        <p class="hint">The storage is writable when a probe file can be saved in and deleted
            from the cache directory; failed generations are counted, not an outage.</p>
    </section>

    <section>
        <h2>Cache files</h2>
        <table id="counters">
            <tr><th>State cache hits</th><td id="state-hits">${s.stateHits()}</td></tr>
            <tr><th>State cache misses</th><td id="state-misses">${s.stateMisses()}</td></tr>
            <tr><th>Hit ratio</th><td>${status.hitRatio()}</td></tr>
            <tr><th>Images generated</th><td id="generations">${s.generations()}</td></tr>
            <tr><th>Failed generations</th><td id="failures">${s.failures()}</td></tr>
        </table>
    </section>

    <section>
        <h2>Storage calls</h2>
        <table id="storage">
            <thead>
                <tr><th>Operation</th><th>Generated images</th><th>Photos folder</th></tr>
            </thead>
            <tbody>
            <c:forEach var="row" items="${status.storage()}">
                <tr data-operation="${row.operation()}"><th>${row.operation()}</th>
                    <td>${row.cacheFiles()}</td><td>${row.sources()}</td></tr>
            </c:forEach>
            </tbody>
        </table>
        <p class="hint">A page whose images exist costs no call: sizes come from the state
            cache. The photos folder is listed at most every few seconds.</p>
    </section>

    <section>
        <h2>Recent failures</h2>
        <c:choose>
        <c:when test="${empty s.recentFailures()}"><p id="no-failures">None.</p></c:when>
        <c:otherwise>
        <table id="recent-failures">
            <thead><tr><th>When</th><th>Image</th><th>Why</th></tr></thead>
            <tbody>
            <c:forEach var="f" items="${s.recentFailures()}">
                <tr><td><c:out value="${f.at()}"/></td><td><c:out value="${f.name()}"/></td>
                    <td class="message"><c:out value="${f.message()}"/></td></tr>
            </c:forEach>
            </tbody>
        </table>
        </c:otherwise>
        </c:choose>
    </section>

    <section>
        <h2>jimagekit threads</h2>
        <c:choose>
        <c:when test="${empty status.threads()}"><p id="no-threads">None running.</p></c:when>
        <c:otherwise>
        <table id="threads">
            <thead><tr><th>Name</th><th>State</th><th>Application</th></tr></thead>
            <tbody>
            <c:forEach var="t" items="${status.threads()}">
                <tr data-owner="${t.owner()}"><td><c:out value="${t.name()}"/></td>
                    <td>${t.state()}</td><td>${t.owner()}</td></tr>
            </c:forEach>
            </tbody>
        </table>
        </c:otherwise>
        </c:choose>
        <p class="hint">A thread of "another application" would be one an undeployed or
            redeployed gallery left behind.</p>
    </section>

    <section>
        <h2>Generators</h2>
        <ul id="generators">
        <c:forEach var="g" items="${status.generators()}"><li><code>${g}</code></li></c:forEach>
        </ul>
        <h3>On source groups</h3>
        <table id="source-groups">
            <thead><tr><th>Generator</th><th>Arguments</th><th>Sources</th></tr></thead>
            <tbody>
            <c:forEach var="u" items="${status.kit().sourceGroups()}">
                <tr><td><code><c:out value="${u.generator()}"/></code></td>
                    <td><c:out value="${u.arguments()}"/></td>
                    <td><code><c:out value="${u.group()}"/></code></td></tr>
            </c:forEach>
            </tbody>
        </table>
    </section>
</main>
</body>
</html>
